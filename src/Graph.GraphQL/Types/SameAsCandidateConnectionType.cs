namespace Graph.GraphQL.Types;

internal sealed class SameAsCandidateConnectionType() : ConnectionType<Domain.Matching.Xref.SameAsCandidate, SameAsCandidateType>("SameAsCandidate", "A page of proposed sameAs links, best first.");
