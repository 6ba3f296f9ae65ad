import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '@shared/disputes/working-days.js';
import {
  complaintsByMerchant,
  complaintsByState,
  daysToSettlement,
  deadlinesMissed,
  hoursToAcceptance,
} from '../../../server/src/statistics/complaint-stats.js';
import { median } from '../../../server/src/statistics/median.js';
import { complaintOf } from './cases.js';

const calendar = createWorkingCalendar();
const now = new Date('2026-12-10T12:00:00+08:00');

describe('medians', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([240, 6, 24])).toBe(24);
    expect(median([14, 2])).toBe(8);
    expect(median([])).toBeNull();
  });

  it('measures hours to acceptance and days to settlement from filing', () => {
    const cases = [
      complaintOf('2026-11-23T09:00', [
        { type: 'accepted', at: '2026-11-23T15:00' },
        { type: 'settled', at: '2026-11-25T09:00', amountFen: 100 },
      ]),
      complaintOf('2026-11-24T09:00', [{ type: 'accepted', at: '2026-11-25T09:00' }]),
      complaintOf('2026-11-24T09:00', []),
    ];
    expect(hoursToAcceptance(cases)).toEqual([6, 24]);
    expect(daysToSettlement(cases)).toEqual([2]);
  });
});

describe('statutory deadlines missed', () => {
  it('lists a decision made late and a decision still overdue, not one made in time', () => {
    // Filed Tue 24 Nov: the decision is due by the end of Thu 3 Dec (7 working days).
    const late = complaintOf('2026-11-24T09:00', [{ type: 'accepted', at: '2026-12-04T09:00' }]);
    const overdue = complaintOf('2026-11-25T09:00', []);
    const inTime = complaintOf('2026-11-25T09:00', [{ type: 'accepted', at: '2026-11-26T09:00' }]);
    expect(deadlinesMissed([inTime, overdue, late], calendar, now)).toEqual([
      {
        caseId: late.id,
        caseNumber: late.caseNumber,
        kind: 'acceptance',
        dueAt: '2026-12-03T15:59:59.999Z',
        doneAt: new Date('2026-12-04T09:00:00+08:00').toISOString(),
      },
      {
        caseId: overdue.id,
        caseNumber: overdue.caseNumber,
        kind: 'acceptance',
        dueAt: '2026-12-04T15:59:59.999Z',
        doneAt: null,
      },
    ]);
  });
});

describe('complaints by merchant and state', () => {
  it('groups showroom merchants by id and outside respondents by the name given', () => {
    const cases = [
      complaintOf('2026-11-23T09:00', [], { merchantId: 'm-tasman' }),
      complaintOf('2026-11-23T09:00', [], { merchantId: 'm-tasman' }),
      complaintOf('2026-11-23T09:00', [], { merchantId: null, respondentName: '某网店' }),
    ];
    const names: Record<string, string> = { 'm-tasman': 'Lugang Select' };
    expect(complaintsByMerchant(cases, (id) => names[id])).toEqual([
      { merchantId: 'm-tasman', name: 'Lugang Select', count: 2 },
      { merchantId: null, name: '某网店', count: 1 },
    ]);
  });

  it('lists every status in the order of a case’s life, zero-filled', () => {
    const cases = [complaintOf('2026-11-23T09:00', [{ type: 'accepted', at: '2026-11-23T10:00' }])];
    expect(complaintsByState(cases, 'en').map((s) => [s.status, s.count])).toEqual([
      ['filed', 0],
      ['accepted', 1],
      ['not_accepted', 0],
      ['settled', 0],
      ['not_settled', 0],
      ['closed', 0],
    ]);
  });
});
