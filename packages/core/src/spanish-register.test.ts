import { describe, expect, it } from 'vitest';
import { informalSpanish } from './spanish-register.ts';

describe('informalSpanish', () => {
  it('finds tú pronouns, possessives, verbs and imperatives', () => {
    expect(informalSpanish('Tu dolor bajó. Si te duele, para.')).toEqual(['Tu', 'te']);
    expect(informalSpanish('Hiciste más de lo previsto y puedes seguir.')).toEqual(['Hiciste', 'puedes']);
    expect(informalSpanish('Túmbate boca arriba y siéntate despacio.')).toEqual(['Túmbate', 'siéntate']);
  });

  it('lets usted texts through, whatever their words end in', () => {
    expect(informalSpanish('Su dolor bajó. Si le duele, pare. Túmbese y siéntese.')).toEqual([]);
    expect(
      informalSpanish(
        'El resto de su plan sigue igual. Tome té con chocolate. Gente de siempre. Su límite es 5.',
      ),
    ).toEqual([]);
  });
});
