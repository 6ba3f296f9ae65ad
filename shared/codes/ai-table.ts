/**
 * GS1 Application Identifier table: value formats as in the GS1 General
 * Specifications (N = digits, X = GS1 character set 82; "N6" fixed, "X..20"
 * up to 20, "+" joins components). For AIs whose format changed over time
 * the format used by the GS1 Digital Link compression reference is kept, so
 * compressed links stay bit-compatible with it.
 */
export interface AiComponent {
  kind: 'N' | 'X';
  /** Fixed number of characters. */
  length?: number;
  /** Maximum number of characters of a variable-length (always last) component. */
  max?: number;
}

export interface AiSpec {
  ai: string;
  format: string;
  components: readonly AiComponent[];
  /** Total length when every component is fixed. */
  fixedLength?: number;
  maxLength: number;
  /** Number of leading digits that end with a GS1 check digit. */
  checkDigitAt?: number;
  /** YYMMDD date (DD = 00 allowed, meaning the end of the month). */
  isDate: boolean;
}

// prettier-ignore
const FORMATS: Record<string, string> = {
  '00': 'N18', '01': 'N14', '02': 'N14', '03': 'N14', '10': 'X..20',
  '11': 'N6', '12': 'N6', '13': 'N6', '15': 'N6', '16': 'N6', '17': 'N6',
  '20': 'N2', '21': 'X..20', '22': 'X..20', '235': 'X..28',
  '240': 'X..30', '241': 'X..30', '242': 'N..6', '243': 'X..20',
  '250': 'X..30', '251': 'X..30', '253': 'N13+X..17', '254': 'X..20', '255': 'N13+N..12',
  '30': 'N..8', '37': 'N..8',
  '400': 'X..30', '401': 'X..30', '402': 'N17', '403': 'X..30',
  '420': 'X..20', '421': 'N3+X..9', '422': 'N3', '423': 'N3+N..12', '424': 'N3',
  '425': 'N3+N..12', '426': 'N3', '427': 'X..3',
  '7001': 'N13', '7002': 'X..30', '7003': 'N10', '7004': 'N..4', '7005': 'X..12',
  '7006': 'N6', '7007': 'N6+N..6', '7008': 'X..3', '7009': 'X..10', '7010': 'X..2',
  '7011': 'N4+N..6', '7020': 'X..20', '7021': 'X..20', '7022': 'X..20', '7023': 'X..30',
  '7040': 'N1+X3', '7240': 'X..20',
  '8001': 'N14', '8002': 'X..20', '8003': 'N14+X..16', '8004': 'X..30', '8005': 'N6',
  '8006': 'N18', '8007': 'X..34', '8008': 'N8+N..4', '8009': 'X..50', '8010': 'X..30',
  '8011': 'N..12', '8012': 'X..20', '8013': 'X..25', '8017': 'N18', '8018': 'N18',
  '8019': 'N..10', '8020': 'X..25', '8026': 'N18', '8110': 'X..70', '8111': 'N4',
  '8112': 'X..70', '8200': 'X..70', '90': 'X..30',
};

// Families: trade measures 31nn-36nn (N6), amounts 39nn, GLNs 410-417,
// 703n processor numbers, 71n national reimbursement codes, 723n certification
// references, 91-99 company internal information.
// prettier-ignore
const FAMILIES: Array<[prefixes: string[], digits: string, format: string]> = [
  [['310', '311', '312', '313', '314', '315', '316'], '012345', 'N6'],
  [['320', '321', '322', '323', '324', '325', '326', '327', '328', '329'], '012345', 'N6'],
  [['330', '331', '332', '333', '334', '335', '336', '337'], '012345', 'N6'],
  [['340', '341', '342', '343', '344', '345', '346', '347', '348', '349'], '012345', 'N6'],
  [['350', '351', '352', '353', '354', '355', '356', '357'], '012345', 'N6'],
  [['360', '361', '362', '363', '364', '365', '366', '367', '368', '369'], '012345', 'N6'],
  [['390', '392'], '0123456789', 'N..15'],
  [['391', '393'], '0123456789', 'N3+N..15'],
  [['394'], '0123', 'N4'],
  [['395'], '012345', 'N6'],
  [['41'], '01234567', 'N13'],
  [['703'], '0123456789', 'N3+X..27'],
  [['71'], '012345', 'X..20'],
  [['723'], '0123456789', 'X..30'],
  [['9'], '123456789', 'X..90'],
];

// prettier-ignore
const CHECK_DIGIT_AT: Record<string, number> = {
  '00': 18, '01': 14, '02': 14, '03': 14, '253': 13, '255': 13, '402': 17,
  '8003': 14, '8006': 14, '8017': 18, '8018': 18, '8026': 14,
  '410': 13, '411': 13, '412': 13, '413': 13, '414': 13, '415': 13, '416': 13, '417': 13,
};

const DATE_AIS = new Set(['11', '12', '13', '15', '16', '17']);

function parseFormat(format: string): AiComponent[] {
  return format.split('+').map((part) => {
    const m = /^([NX])(\.\.)?(\d+)$/.exec(part);
    if (m === null) throw new Error(`Bad AI format ${format}`);
    const kind = m[1] === 'N' ? 'N' : 'X';
    const n = Number(m[3]);
    return m[2] === undefined ? { kind, length: n } : { kind, max: n };
  });
}

function buildSpec(ai: string, format: string): AiSpec {
  const components = parseFormat(format);
  const total = components.reduce((sum, c) => sum + (c.length ?? c.max ?? 0), 0);
  const spec: AiSpec = { ai, format, components, maxLength: total, isDate: DATE_AIS.has(ai) };
  if (components.every((c) => c.length !== undefined)) spec.fixedLength = total;
  const check = CHECK_DIGIT_AT[ai];
  if (check !== undefined) spec.checkDigitAt = check;
  return spec;
}

const SPECS = new Map<string, AiSpec>();
for (const [ai, format] of Object.entries(FORMATS)) SPECS.set(ai, buildSpec(ai, format));
for (const [prefixes, digits, format] of FAMILIES) {
  for (const prefix of prefixes) {
    for (const d of digits) SPECS.set(prefix + d, buildSpec(prefix + d, format));
  }
}

/** AI length (2, 3 or 4 digits) by its first two digits, derived from the table. */
const LENGTH_BY_PREFIX = new Map<string, number>();
for (const ai of SPECS.keys()) LENGTH_BY_PREFIX.set(ai.slice(0, 2), ai.length);

/**
 * First two digits of the AIs whose element strings have a predefined length
 * and so need no FNC1 separator after them (GS1 General Specifications §7.8.5).
 */
// prettier-ignore
const PREDEFINED_LENGTH_PREFIXES = new Set([
  '00', '01', '02', '03', '04', '11', '12', '13', '14', '15', '16', '17', '18', '19',
  '20', '31', '32', '33', '34', '35', '36', '41',
]);

export function aiSpec(ai: string): AiSpec | undefined {
  return SPECS.get(ai);
}

export function aiLengthForPrefix(firstTwoDigits: string): number | undefined {
  return LENGTH_BY_PREFIX.get(firstTwoDigits);
}

export function hasPredefinedLength(ai: string): boolean {
  return PREDEFINED_LENGTH_PREFIXES.has(ai.slice(0, 2));
}

/** Primary keys usable in a GS1 Digital Link path and their key qualifiers, in path order. */
// prettier-ignore
export const DL_PATH_QUALIFIERS: Readonly<Record<string, readonly string[]>> = {
  '01': ['22', '10', '21', '235'],
  '00': [], '253': [], '255': [], '401': [], '402': [],
  '410': [], '411': [], '412': [], '413': [], '414': ['254', '7040'], '415': [], '416': [],
  '417': ['7040'], '8003': [], '8004': ['7040'], '8006': ['22', '10', '21'],
  '8010': ['8011'], '8013': [], '8017': ['8019'], '8018': ['8019'],
};
