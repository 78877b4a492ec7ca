import { describe, expect, it } from 'vitest';
import { parseItem, publicPath } from './feedback.service.ts';

describe('feedback item references', () => {
  it('reads the kind from the public path and keeps ids and addresses as given', () => {
    expect(parseItem('su-kien', 'ngay-hoi-2025')).toEqual({ kind: 'event', ref: 'ngay-hoi-2025' });
    expect(parseItem('tai-lieu', '0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a')).toEqual({ kind: 'material', ref: '0b7e1c52-3a43-4c1e-9d6c-1f2e3d4c5b6a' });
    expect(parseItem('hoat-dong', 'a_1')).toEqual({ kind: 'activity', ref: 'a_1' });
    expect(parseItem('lien-ket', 'https://danang.gov.vn/a?b=1')).toEqual({ kind: 'link', ref: 'https://danang.gov.vn/a?b=1' });
  });

  it('refuses unknown kinds, malformed ids and addresses that are not http(s)', () => {
    expect(parseItem('khac', 'x')).toBeNull();
    expect(parseItem('su-kien', undefined)).toBeNull();
    expect(parseItem('su-kien', 'a b')).toBeNull();
    expect(parseItem('su-kien', 'x'.repeat(101))).toBeNull();
    expect(parseItem('lien-ket', 'javascript:alert(1)')).toBeNull();
    expect(parseItem('lien-ket', `https://a.vn/${'x'.repeat(2000)}`)).toBeNull();
  });

  it('builds the page address each reference is shown at', () => {
    expect(publicPath('event', 'ngay-hoi')).toBe('/phan-hoi/su-kien/ngay-hoi');
    expect(publicPath('link', 'https://a.vn/b?c=1')).toBe('/phan-hoi/lien-ket?url=https%3A%2F%2Fa.vn%2Fb%3Fc%3D1');
    const { kind, ref } = parseItem('lien-ket', 'https://a.vn/b?c=1')!;
    expect(publicPath(kind, ref)).toBe('/phan-hoi/lien-ket?url=https%3A%2F%2Fa.vn%2Fb%3Fc%3D1');
  });
});
