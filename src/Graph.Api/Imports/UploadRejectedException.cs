namespace Graph.Api.Imports;

/// <summary>The upload itself is malformed (not its records): answered 400 with the reason, and nothing is imported.</summary>
internal sealed class UploadRejectedException(string message) : Exception(message);
