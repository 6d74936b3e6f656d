/**
 * The public surface, as a list: adding or removing an export changes this
 * test, so that every change of the API is deliberate. Every exported
 * function and constant carries TSDoc, and every function an example.
 */
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as api from '../../src/index.js';
import * as report from '../../src/report/index.js';
import * as server from '../../src/server/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const MECHNET = [
  'ARTISAN_LIMIT_TABLES', 'ATECO_2025_OPERATIONAL', 'AggregationProposalSchema', 'ArtisanActivitySchema',
  'COLLABORATION_KINDS', 'CollaborationFiguresSchema', 'CollaborationProposalSchema', 'DATE_RANGE',
  'DEFAULT_LANG', 'DE_MINIMIS_REGIMES', 'EligibilityExceptionSchema', 'EnrolmentApplicationSchema',
  'EventSchema', 'IndicatorSchema', 'LANGS', 'MAX_CENTS', 'MAX_DECIMALS', 'MAX_FIGURE',
  'ManagerProfileSchema', 'MechnetError', 'NeedSchema', 'NetworkContractDraftSchema', 'ObjectiveSchema',
  'OfferSchema', 'PHASES', 'PlanSchema', 'ProgrammeDefinitionSchema', 'ProgrammeRecordSchema',
  'SME_THRESHOLDS', 'STATUS_SEVERITY', 'StoredApplicationSchema', 'addDaysIso', 'addMonthsIso', 'addYearsIso', 'aggregationStates',
  'agrifoodCuneoDefinition', 'allocate', 'allocateBy', 'applicationReference', 'applyEvent', 'applyEvents', 'artisanLimits', 'checkApplication',
  'checkArtisanLimits', 'checkCodiceFiscale', 'checkCore', 'checkEligibility', 'checkFirmEligibility', 'checkNetworkContract',
  'checkPartitaIva', 'classifySme', 'collaborationMatrix', 'collaborationSavings', 'collaborationStates', 'compareGroupGain',
  'confirmationDeadline', 'consentState', 'contestedApplications', 'daysBetween', 'deMinimisHeadroom', 'deMinimisRegime', 'deedForms', 'economicAdvantage', 'enrolledFirms', 'erasePersonalData',
  'evaluateIndicator', 'evaluateObjective', 'evaluatePlan', 'evaluationSettings', 'firmPhasePath', 'firmState', 'firmStates',
  'formatCents', 'formatDate', 'formatDateWith', 'formatNumber', 'formatPath', 'formatPercent', 'formatPercentValue', 'formatProvinces',
  'isAtecoCode', 'isIsoDate', 'isValidCodiceFiscale', 'isValidPartitaIva', 'machineSavings',
  'matchOpportunities', 'mechnetDefinition', 'nextVerification', 'normalizeAteco', 'normalizeCodiceFiscale',
  'normalizePartitaIva', 'overdueVerifications', 'parseApplication', 'parseDefinition', 'parsePlan',
  'parseRecord', 'parseRecordShape', 'passedCounts', 'phaseCounts', 'phaseTimeline', 'planState', 'planStates', 'presets', 'programmeReport', 'programmeState',
  'promotableFromWaitlist', 'publicRecord', 'purchasingSavings', 'readCodiceFiscale', 'readEuros', 'readNumber', 'reasonText', 'receiveApplication', 'resolveDefinition', 'retentionDue',
  'safeParseApplication', 'safeParseDefinition', 'safeParsePlan', 'safeParseRecord', 'safeParseRecordShape', 'shapley',
  'sharedCostSavings', 'subjectAccess', 'toLang', 'verificationCalendar', 'verificationSchedule', 'verificationStatusOn', 'workforceSavings',
];

const MECHNET_REPORT = [
  'renderCsv', 'renderJson', 'renderMarkdown', 'renderText', 'reportDocument', 'reportLabels',
  'sideStateLabels',
];

const MECHNET_SERVER = [
  'DEFAULT_BACKOFF_MS', 'DEFAULT_MAX_ATTEMPTS', 'DEFAULT_RATE_LIMITS', 'DEFAULT_SERVER_LIMITS', 'DESK_STEPS', 'ROLES', 'SCHEMA_VERSION', 'SESSION_COOKIE', 'XLSX_TYPE', 'bodyHash', 'calendarFeedPath', 'calendarToken', 'canonicalJson', 'clientOf', 'confirmationMail', 'createHandler', 'createNodeServer',
  'decisionMail', 'decisionMessages', 'deskForms', 'digestMail', 'dueVerifications', 'eraseFirm', 'hashPassword', 'isUnavailable', 'isValidHost', 'isoWeekday', 'mailCatalogues', 'messageIdOf', 'nextAttemptAt', 'openStore', 'postgresStore', 'receiptLanguages', 'receiptMail', 'reminderMessages', 'renderCalendar', 'renderXlsx', 'sendDue', 'smtpSettings', 'sqliteStore', 'startSender', 'staticFiles', 'statusOf', 'toNodeListener', 'verificationMail', 'verifyPassword',
];

/** Every export of an entry with its documentation: the TSDoc text and its tags. */
function documented(entry: string): { name: string; kind: string; doc: string; tags: string[] }[] {
  const program = ts.createProgram([join(root, entry)], { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, moduleResolution: ts.ModuleResolutionKind.Bundler, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(root, entry))!;
  const module = checker.getSymbolAtLocation(source)!;
  return checker.getExportsOfModule(module).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const kind = target.flags & ts.SymbolFlags.Function ? 'function' : target.flags & ts.SymbolFlags.Class ? 'class' : target.flags & ts.SymbolFlags.Variable ? 'constant' : 'type';
    return {
      name: s.getName(),
      kind,
      doc: ts.displayPartsToString(target.getDocumentationComment(checker)),
      tags: target.getJsDocTags(checker).map((t) => t.name),
    };
  });
}

describe('the public surface', () => {
  it('mechnet exports exactly these values (types aside)', () => {
    assert.deepEqual(Object.keys(api).sort(), MECHNET);
  });

  it('mechnet/report exports exactly these values', () => {
    assert.deepEqual(Object.keys(report).sort(), MECHNET_REPORT);
  });

  it('mechnet/server exports exactly these values', () => {
    assert.deepEqual(Object.keys(server).sort(), MECHNET_SERVER);
  });

  it('every export has TSDoc, and every function an example', () => {
    const missing: string[] = [];
    for (const entry of ['src/index.ts', 'src/report/index.ts', 'src/server/index.ts']) {
      for (const e of documented(entry)) {
        if (e.doc.trim() === '') missing.push(`${e.name}: no TSDoc`);
        else if (e.kind === 'function' && !e.tags.includes('example')) missing.push(`${e.name}: no @example`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
