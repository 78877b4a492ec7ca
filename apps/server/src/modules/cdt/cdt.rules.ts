import { MIN_TEAM_MEMBERS, type SupportTotals } from '@lantoa/contracts/cdt';

/** Pure rules of the CDT register: who counts as an active member, what a team is warned about, totals. */

export function isMemberActive(activeFrom: string | null, activeTo: string | null, today: string): boolean {
  return (activeFrom === null || activeFrom <= today) && (activeTo === null || activeTo >= today);
}

/** Warnings shown on a team (never a block: a team is recorded as it is). */
export function teamWarnings(members: { role: string; isActive: boolean }[]): string[] {
  const active = members.filter((m) => m.isActive);
  const out: string[] = [];
  if (active.length < MIN_TEAM_MEMBERS) out.push(`Tổ có ${active.length} thành viên đang hoạt động, ít hơn ${MIN_TEAM_MEMBERS} thành viên theo quy định`);
  if (!active.some((m) => m.role === 'leader')) out.push('Tổ chưa có tổ trưởng đang làm nhiệm vụ');
  return out;
}

export function emptyTotals(): SupportTotals {
  return { logs: 0, vneid: 0, onlineServices: 0, cashless: 0, antiFraud: 0, cityApps: 0, total: 0 };
}

export type AggregateLike = { logs: number; vneid: number; online_services: number; cashless: number; anti_fraud: number; city_apps: number };

export function addToTotals(t: SupportTotals, a: AggregateLike): SupportTotals {
  t.logs += a.logs;
  t.vneid += a.vneid;
  t.onlineServices += a.online_services;
  t.cashless += a.cashless;
  t.antiFraud += a.anti_fraud;
  t.cityApps += a.city_apps;
  t.total += a.vneid + a.online_services + a.cashless + a.anti_fraud + a.city_apps;
  return t;
}
