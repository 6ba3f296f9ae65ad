import { describe, expect, it } from 'vitest';
import { fillBootTemplate, markupSlot, slot, when } from './boot-template';

describe('boot screen templates', () => {
  const template = `<h1>${slot('title')}</h1>${when('subsidy', '<p>Subsidy</p>')}<footer>${slot('title')}</footer>`;

  it('puts the record’s texts in their slots, escaped as HTML', () => {
    expect(fillBootTemplate(template, { title: 'Live <b>"selling"</b> & $& more', subsidy: false })).toBe(
      '<h1>Live &lt;b&gt;&quot;selling&quot;&lt;/b&gt; &amp; $&amp; more</h1><footer>Live &lt;b&gt;&quot;selling&quot;&lt;/b&gt; &amp; $&amp; more</footer>',
    );
  });

  it('keeps the markup of a flag only when the flag is true', () => {
    expect(fillBootTemplate(template, { title: 'A', subsidy: true })).toBe(
      '<h1>A</h1><p>Subsidy</p><footer>A</footer>',
    );
    expect(fillBootTemplate(template, { title: 'A', subsidy: false })).toBe('<h1>A</h1><footer>A</footer>');
    expect(fillBootTemplate(template, { title: 'A' })).toBe('<h1>A</h1><footer>A</footer>');
  });

  it('puts markup the server drew in a markup slot as it is', () => {
    const withPlan = `<h1>${slot('title')}</h1>${markupSlot('plan')}`;
    expect(fillBootTemplate(withPlan, { title: '<A>', plan: '<svg><text>A-101</text></svg>' })).toBe(
      '<h1>&lt;A&gt;</h1><svg><text>A-101</text></svg>',
    );
  });

  it('refuses to send a slot it has nothing for', () => {
    expect(() => fillBootTemplate(template, { subsidy: true })).toThrow('boot screen: nothing for the slot title');
    expect(() => fillBootTemplate(markupSlot('plan'), { plan: true })).toThrow('nothing for the slot plan');
  });
});
