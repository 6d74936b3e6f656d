/**
 * The import structure of the library, checked in `npm test`
 * (tests/unit/structure.test.ts): no import circles; the domain never
 * imports the elements, the command line, the server or Node's modules; the shared model
 * (languages, errors, building blocks, the record's schemas and state) sits
 * below the sections; a rule never imports a view of a record; the
 * enrolment form never reaches the rules of the record, the economics or the
 * report.
 */
/** The views of a record and what composes them: they read a record through the lifecycle. */
// privacy/: erasure, retention and access work on a whole checked record, as the public record does.
const VIEWS = '^src/(.+/views\\.[jt]s|lifecycle/(state|apply-event|parse-record|public-record|integrity|views)\\.[jt]s|privacy/.+|report/.+|index\\.[jt]s|.+/index\\.[jt]s)$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules import each other in a circle: break it by moving the shared part down.',
      severity: 'error',
      from: { path: '^(src|components)/' },
      to: { circular: true },
    },
    {
      name: 'domain-not-elements',
      comment: 'The domain (src/) never imports the elements (components/).',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^components/' },
    },
    {
      name: 'domain-not-adapters',
      comment: 'Only the command line (src/cli/) and the server (src/server/) use Node or import them.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|server)/' },
      to: { path: ['^src/(cli|server)/', '^node:', '^(fs|path|process|util|child_process|http|crypto|stream)$'] },
    },
    {
      name: 'model-below-sections',
      comment: 'Languages, errors and the building blocks of the model import nothing of the sections.',
      severity: 'error',
      from: { path: '^src/(model|errors|i18n)/' },
      to: { path: '^src/', pathNot: '^src/(model|errors|i18n)/' },
    },
    {
      name: 'rule-not-view',
      comment: 'A rule works on plain data or on the state of a programme; views of a record are built on rules, never the other way round.',
      severity: 'error',
      from: { path: '^src/', pathNot: [VIEWS, '^src/(cli|server)/'] },
      to: { path: VIEWS },
    },
    {
      name: 'form-not-record-rules',
      comment: 'The enrolment form downloads only the enrolment rules: nothing of the lifecycle, the plans, the collaborations, the economics or the report, even through another module.',
      severity: 'error',
      from: { path: '^components/enrolment-form/' },
      to: { path: '^src/(lifecycle|analysis|plan|collaboration|aggregation|verification|economics|report|cli)/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^dist/', '^tests/', '^bench/', '^scripts/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types'], extensions: ['.ts', '.js'] },
  },
};
