import { z } from 'zod';
import { ROLES, PERMISSIONS } from './access.ts';

export const LoginBodySchema = z.object({
  username: z.string().trim().min(1, { message: 'Vui lòng nhập tên đăng nhập' }).max(100),
  password: z.string().min(1, { message: 'Vui lòng nhập mật khẩu' }).max(200),
});
export type LoginBody = z.infer<typeof LoginBodySchema>;

export const RoleAssignmentViewSchema = z.object({
  id: z.uuid(),
  role: z.enum(ROLES),
  unitId: z.uuid(),
  unitName: z.string(),
});

export const MeSchema = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    mustChangePassword: z.boolean(),
  }),
  roles: z.array(RoleAssignmentViewSchema),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type Me = z.infer<typeof MeSchema>;

export const PASSWORD_MIN_LENGTH = 10;
export const NewPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự` })
  .max(200, { message: 'Mật khẩu tối đa 200 ký tự' })
  .refine((s) => /[a-zA-Z]/.test(s) && /\d/.test(s), {
    message: 'Mật khẩu phải có cả chữ và số',
  });

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().min(1, { message: 'Vui lòng nhập mật khẩu hiện tại' }),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBodySchema>;
