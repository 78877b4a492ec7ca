import { z } from 'zod';

/** A calendar date as YYYY-MM-DD that really exists (2025-02-30 is refused). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD' })
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    },
    { message: 'Ngày không tồn tại' },
  );

export const UuidSchema = z.uuid({ message: 'Mã định danh không hợp lệ' });
export const IdParamsSchema = z.object({ id: UuidSchema });

export const PageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, { message: 'Trang phải từ 1 trở lên' }).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, { message: 'Số dòng mỗi trang phải từ 1 trở lên' })
    .max(200, { message: 'Tối đa 200 dòng mỗi trang' })
    .default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const OkSchema = z.object({ ok: z.literal(true) });

/** Optimistic locking: every update names the version it was made on. */
export const VersionedSchema = z.object({ version: z.number().int().min(1) });
