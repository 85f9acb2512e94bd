// Example queries preloaded as GraphiQL tabs, about the seed data.
// The first tab is the default query (shown when the playground opens).
// Each query starts with a `#` comment line saying what it answers.

export const examples = [
  {
    query: `# Who around Sadio Camara is sanctioned, by whom, since when, and says who?
query SadioCamara {
  entity(id: "sadio-camara") {
    id kind name aliases
    sanctions { programs listedOn reason authority { name } sources { title publisher quote } }
    relationships { type role startDate from { name } to { name } sources { quote } }
  }
  neighbourhood(id: "sadio-camara", hops: 2) {
    entities { id kind name sanctions { listedOn authority { name } } }
    relationships { type from { id } to { id } }
  }
}
`,
  },
  {
    query: `# Which people, companies or groups match the name "Assimi Goita", best match first?
query SearchGoita { search(query: "Assimi Goita") { score entity { id kind name } } }
`,
  },
  {
    query: `# Which sanctions has OFAC (the US Treasury) imposed, on whom, under which programmes and when?
query OfacSanctions { sanctions(filter: { authority: "ofac" }, first: 20) { totalCount nodes { id target { id name } programs listedOn reason } pageInfo { hasNextPage endCursor } } }
`,
  },
  {
    query: `# How is Sadio Camara connected to Ivan Maslov, through at most four links?
query CamaraToMaslov { path(from: "sadio-camara", to: "ivan-maslov", maxHops: 4) { length entities { id name } relationships { type role from { id } to { id } } } }
`,
  },
  {
    query: `# Which people are in the graph, and under what other names are they known?
query People { entities(kinds: [PERSON], first: 25) { totalCount nodes { id name aliases } pageInfo { hasNextPage endCursor } } }
`,
  },
];
