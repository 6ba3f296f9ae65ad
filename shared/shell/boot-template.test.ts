import { describe, expect, it } from 'vitest';
import { fillBootTemplate, slot, when } from './boot-template';

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

  it('refuses to send a slot it has no text for', () => {
    expect(() => fillBootTemplate(template, { subsidy: true })).toThrow('boot screen: no text for {{title}}');
  });
});
