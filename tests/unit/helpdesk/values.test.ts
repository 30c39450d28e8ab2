import { describe, expect, it } from 'vitest';
import { personField } from '@/lib/helpdesk/values';

describe('personField', () => {
  const field = (...parts: Array<[string, Record<string, string>]>) => {
    const el = document.createElement('div');
    for (const [text, attrs] of parts) {
      const span = el.appendChild(document.createElement('span'));
      span.textContent = text;
      for (const [name, value] of Object.entries(attrs)) span.setAttribute(name, value);
    }
    return el;
  };

  it('reads name and email laid out in separate elements, skipping the avatar initials', () => {
    const el = field(['DW', { class: 'zd-mini-avatar' }], ['Dana Whitfield', {}], ['dana@example.com', {}]);
    expect(personField(el)).toEqual({ name: 'Dana Whitfield', email: 'dana@example.com' });
  });

  it('skips aria-hidden decorations', () => {
    expect(personField(field(['AB', { 'aria-hidden': 'true' }], ['Ada Byron', {}]))).toEqual({
      name: 'Ada Byron',
      email: null,
    });
  });

  it('falls back to "Name <email>" in one text', () => {
    expect(personField(field(['Ada Byron <ada@example.com>', {}]))).toEqual({
      name: 'Ada Byron',
      email: 'ada@example.com',
    });
  });

  it('is empty for a missing field', () => {
    expect(personField(null)).toEqual({ name: null, email: null });
  });
});
