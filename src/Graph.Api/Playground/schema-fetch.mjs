// How the playground asks for the schema: GraphiQL passes these options to graphql-js's getIntrospectionQuery.
// The schema's description and deprecated arguments only reach the docs explorer when asked for.
// tests/introspection/introspection.mjs imports this file, so the tests send exactly what the playground sends.
export const schemaFetchOptions = {
  inputValueDeprecation: true,
  schemaDescription: true,
};
