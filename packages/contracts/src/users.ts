import { z } from 'zod';
import { ROLES } from './access.ts';
import { NewPasswordSchema } from './auth.ts';
import { UuidSchema } from './common.ts';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, {
    message: 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới',
  });

export const RoleAssignmentInputSchema = z.object({
  role: z.enum(ROLES, { message: 'Vai trò không hợp lệ' }),
  unitId: UuidSchema,
});

export const UserViewSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  isActive: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  roles: z.array(
    z.object({ id: z.uuid(), role: z.enum(ROLES), unitId: z.uuid(), unitName: z.string() }),
  ),
});
export type UserView = z.infer<typeof UserViewSchema>;

export const UserListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  unitId: UuidSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
  sort: z.enum(['username', 'fullName', 'createdAt', 'lastLoginAt']).default('username'),
  order: z.enum(['asc', 'desc']).default('asc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

const fullName = z
  .string()
  .trim()
  .min(2, { message: 'Họ và tên phải có ít nhất 2 ký tự' })
  .max(200, { message: 'Họ và tên tối đa 200 ký tự' });
const email = z.email({ message: 'Email không hợp lệ' }).nullable().optional();
const phone = z
  .string()
  .trim()
  .regex(/^[0-9 +().-]{6,20}$/, { message: 'Số điện thoại không hợp lệ' })
  .nullable()
  .optional();

export const CreateUserBodySchema = z.object({
  username,
  fullName,
  email,
  phone,
  unitId: UuidSchema.nullable(),
  password: NewPasswordSchema,
  roles: z.array(RoleAssignmentInputSchema).max(20).default([]),
});
export type CreateUserBody = z.infer<typeof CreateUserBodySchema>;

export const UpdateUserBodySchema = z.object({
  fullName,
  email,
  phone,
  unitId: UuidSchema.nullable(),
  isActive: z.boolean(),
  roles: z.array(RoleAssignmentInputSchema).max(20),
  version: z.number().int().min(1),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBodySchema>;

export const ResetPasswordBodySchema = z.object({ newPassword: NewPasswordSchema });
