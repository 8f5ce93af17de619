import { describe, expect, it } from 'vitest';
import { matchPath } from './router.tsx';

describe('matchPath', () => {
  it('reads named parts of a path', () => {
    expect(matchPath('/learn/:lesson', '/learn/sleep')).toEqual({ lesson: 'sleep' });
  });
  it('ignores the query string', () => {
    expect(matchPath('/sign-in', '/sign-in?next=%2Ftoday')).toEqual({});
  });
  it('refuses paths of another shape', () => {
    expect(matchPath('/learn/:lesson', '/learn')).toBeNull();
    expect(matchPath('/today', '/learn')).toBeNull();
  });
  it('decodes encoded parts', () => {
    expect(matchPath('/invite/:code', '/invite/a%20b')).toEqual({ code: 'a b' });
  });
});
