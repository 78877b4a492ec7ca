import type { Role } from '@lantoa/contracts/access';

/** Vietnamese names of roles, for files (the admin UI has its own, per language). */
export const ROLE_LABELS: Record<Role, string> = {
  system_admin: 'Quản trị hệ thống',
  programme_manager: 'Cơ quan thường trực (quản lý đề án)',
  unit_editor: 'Biên tập viên đơn vị',
  unit_approver: 'Lãnh đạo duyệt của đơn vị',
  finance_appraiser: 'Thẩm định tài chính',
  leader: 'Lãnh đạo UBND',
  viewer: 'Người xem',
  cdt_member: 'Thành viên Tổ công nghệ số cộng đồng',
};
