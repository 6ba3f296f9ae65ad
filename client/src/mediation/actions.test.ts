import { describe, expect, it } from 'vitest';
import { commandOf, emptyDraft } from './actions';

describe('closing a case', () => {
  const closing = { ...emptyDraft(), outcome: 'settled', amount: '120' };

  it('sends whether counterfeit goods were found, so the merchant’s credit counts it', () => {
    const result = commandOf('closed', { ...closing, counterfeitFound: true });
    expect(result).toEqual({ command: { type: 'closed', outcome: 'settled', amount: 120, counterfeitFound: true } });
  });

  it('says no counterfeit goods were found when the box is left unticked', () => {
    const result = commandOf('closed', closing);
    expect('command' in result && result.command).toMatchObject({ type: 'closed', counterfeitFound: false });
  });
});
