import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Two outputs from one schema: resolver types mapped onto the store's rows (so resolvers
 * are typed end to end without hand-written API types), and typed documents for the
 * dashboard's operations.
 */
const config: CodegenConfig = {
  schema: 'graphql/schema/*.graphql',
  documents: ['app/**/*.graphql', 'docs/queries/*.graphql'],
  ignoreNoDocuments: true,
  // Keep the schema's own order (enum values run from hostile to conciliatory, and screens
  // list them in that order) instead of sorting names alphabetically.
  config: { sort: false },
  generates: {
    'graphql/__generated__/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context#GraphQLContext',
        // The API has a union named Record; the prefix keeps TypeScript's Record usable.
        typesPrefix: 'Gql',
        useIndexSignature: false,
        enumsAsTypes: true,
        useTypeImports: true,
        // Union members carry __typename, which graphql-js resolves the union type from.
        resolversNonOptionalTypename: { unionMember: true },
        scalars: { PartialDate: 'string', DateTime: 'string' },
        mappers: {
          Actor: '../../data/store/rows#ActorRow',
          Source: '../../data/store/rows#SourceRow',
          Topic: '../../data/store/rows#TopicRow',
          Statement: '../../data/store/rows#StatementRow',
          Event: '../../data/store/rows#EventRow',
          SanctionRegime: '../../data/store/rows#SanctionRegimeRow',
          SanctionPackage: '../../data/store/rows#SanctionPackageRow',
          SanctionDesignation: '../../data/store/rows#SanctionDesignationRow',
          Alliance: '../../data/store/rows#AllianceRow',
          Membership: '../../data/store/rows#MembershipRow',
          Office: '../../data/store/rows#OfficeRow',
          Evidence: '../../data/store/rows#EvidenceRow',
          Relation: '../../data/store/rows#RelationParent',
          TensionDriver: '../../data/tension#TensionDriverValue',
          TensionPoint: '../../data/pair-analysis#TimelinePoint',
          ActorTie: '../resolvers/network-ties#NetworkTie',
          FigureClaim: '../../data/store/rows#FigureRow',
          Measurement: '../../data/store/rows#MeasurementRow',
          StatementProposal: '../../data/intake/propose#Proposal',
          RecordRevision: '../../data/store/repositories/recent-revisions#RecentRevisionRow',
          ActorConnection: '../connections#ConnectionValue<ActorRow>',
          StatementConnection: '../connections#ConnectionValue<StatementRow>',
          EventConnection: '../connections#ConnectionValue<EventRow>',
          SanctionDesignationConnection: '../connections#ConnectionValue<SanctionDesignationRow>',
        },
      },
    },
    'graphql/__generated__/client/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        onlyOperationTypes: true,
        // Enums as const objects: screens list a filter's values (stances, event kinds) from
        // the schema itself, without importing the dataset's validation code.
        enumType: 'const',
        useTypeImports: true,
        scalars: { PartialDate: 'string', DateTime: 'string' },
      },
    },
  },
};

export default config;
