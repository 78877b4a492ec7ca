import type { UnitGroup, UnitType } from '@lantoa/contracts/org-units';

/** Vietnamese names of unit types and groups, for files (the admin UI has its own, per language). */
export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  province: 'Tỉnh/Thành phố',
  district: 'Quận/Huyện',
  ward: 'Phường',
  commune: 'Xã',
  township: 'Thị trấn',
  special_zone: 'Đặc khu',
  department: 'Sở, ban, ngành',
  agency: 'Cơ quan',
  party_body: 'Cơ quan Đảng',
  mass_organisation: 'Đoàn thể',
  press_agency: 'Cơ quan báo chí',
  school: 'Trường học',
  cdt_team: 'Tổ công nghệ số cộng đồng',
  other: 'Khác',
};

export const UNIT_GROUP_LABELS: Record<UnitGroup, string> = {
  locality: 'Địa phương',
  department: 'Sở, ban, ngành',
  mass_organisation: 'Đoàn thể, tổ chức chính trị – xã hội',
  press: 'Báo chí',
  school: 'Trường học',
  cdt_team: 'Tổ công nghệ số cộng đồng',
  other: 'Khác',
};
