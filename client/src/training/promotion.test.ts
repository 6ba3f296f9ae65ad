import { beforeEach, describe, expect, it } from 'vitest';
import { aRegistration } from './fixtures.test-support';
import { markPromotionsSeen, unseenPromotions } from './promotion';

describe('promotion banner', () => {
  beforeEach(() => localStorage.clear());

  const promoted = aRegistration({ id: 'a', promotedAt: '2026-11-28T03:00:00.000Z' });
  const plain = aRegistration({ id: 'b' });

  it('shows a promotion the user has not seen on this phone, once', () => {
    expect(unseenPromotions('u1', [promoted, plain]).map((r) => r.id)).toEqual(['a']);

    markPromotionsSeen('u1', [promoted, plain]);

    expect(unseenPromotions('u1', [promoted, plain])).toEqual([]);
  });

  it('a later promotion shows again; another user on the same phone has their own', () => {
    markPromotionsSeen('u1', [promoted]);
    const later = aRegistration({ id: 'c', promotedAt: '2026-11-29T03:00:00.000Z' });

    expect(unseenPromotions('u1', [promoted, later]).map((r) => r.id)).toEqual(['c']);
    expect(unseenPromotions('u2', [promoted]).map((r) => r.id)).toEqual(['a']);
  });
});
