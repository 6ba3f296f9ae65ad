import type { Dashboard, MerchantCredit, RiskAlert } from '@shared/statistics/schemas.js';

/** A small dashboard as the server sends it (checked against the contract in the tests). */
export function dashboardFixture(): Dashboard {
  return {
    range: { from: '2026-11-21', to: '2026-11-27' },
    generatedAt: '2026-11-27T06:00:00.000Z',
    scans: {
      total: 1234,
      byDay: [
        { day: '2026-11-21', count: 100 },
        { day: '2026-11-22', count: 0 },
        { day: '2026-11-23', count: 1134 },
      ],
      byProduct: Array.from({ length: 12 }, (_, i) => ({
        gtin: `0930496715${String(2400 + i).padStart(4, '0')}`,
        name: `Product ${i + 1}`,
        count: 120 - i,
      })),
    },
    clearance: [
      { code: 'released', label: 'Released', count: 8 },
      { code: 'held', label: 'Held', count: 2 },
    ],
    complaints: {
      total: 5,
      byCategory: [
        { category: 'counterfeit', label: 'Counterfeit', count: 3 },
        { category: 'quality', label: 'Quality', count: 2 },
      ],
      byMerchant: [
        { merchantId: 'm-tasman', name: 'Tasman Foods', count: 4 },
        { merchantId: null, name: 'Street stall', count: 1 },
      ],
      byState: [{ status: 'filed', label: 'Filed', count: 5 }],
      medianHoursToAcceptance: 26.25,
      acceptedCount: 4,
      medianDaysToSettlement: null,
      settledCount: 0,
      deadlinesMissed: [
        {
          caseId: 'c1',
          caseNumber: 'DT-2026-0001',
          kind: 'acceptance',
          dueAt: '2026-11-24T16:00:00.000Z',
          doneAt: null,
        },
      ],
    },
    training: {
      courses: [
        {
          code: 'ce-ops-101',
          title: 'Cross-border operations',
          capacity: 30,
          confirmed: 24,
          waitlisted: 3,
          fillRate: 0.8,
          attendanceRate: null,
        },
      ],
      fillRate: 0.8,
      attendanceRate: null,
    },
  };
}

export function creditFixture(overrides: Partial<MerchantCredit> = {}): MerchantCredit {
  return {
    merchantId: 'm-tasman',
    name: 'Tasman Foods',
    booth: 'A-12',
    score: 48,
    redListed: true,
    facts: {
      complaints: 6,
      settledForConsumer: 2,
      notSettled: 1,
      counterfeitFound: 1,
      slowResponses: 3,
      medianResponseWorkingDays: 4,
    },
    deductions: [
      { factor: 'settledForConsumer', points: 8 },
      { factor: 'notSettled', points: 10 },
      { factor: 'counterfeitFound', points: 25 },
      { factor: 'slowResponses', points: 9 },
    ],
    window: { from: '2025-11-28', to: '2026-11-27' },
    ...overrides,
  };
}

export function alertFixture(overrides: Partial<RiskAlert> = {}): RiskAlert {
  return {
    id: 'a1',
    scope: 'batch',
    gtin: '09304967152415',
    lot: 'A010552',
    productName: 'Manuka honey',
    complaints: 2,
    threshold: 2,
    raisedAt: '2026-11-27T05:00:00.000Z',
    caseNumbers: ['DT-2026-0001', 'DT-2026-0002'],
    ...overrides,
  };
}
