import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { NewPasswordSchema } from '@lantoa/contracts/auth';
import { loadConfig } from '../config.ts';
import { createPool, withTransaction } from '../platform/db/db.ts';
import { migrate } from '../platform/db/migrate.ts';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from '../platform/db/embedded.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { recordAudit } from '../platform/audit/audit.ts';
import { seedReference } from '../seed/seed.ts';
import { loadNationalData } from '../seed/national.seed.ts';

const USAGE = `Cách dùng:
  npm run cli -- create-admin --username <tên> --full-name "<Họ tên>" [--unit-code 48]
      Tạo tài khoản quản trị hệ thống đầu tiên. Mật khẩu lấy từ LANTOA_ADMIN_PASSWORD
      hoặc được hỏi khi chạy. Không có mật khẩu mặc định.
  npm run cli -- seed-reference
      Nạp dữ liệu tham chiếu (đơn vị hành chính Đà Nẵng, Đề án 2780), không có tài khoản demo.
  npm run cli -- migrate
      Áp dụng các migration còn thiếu.
  npm run cli -- load-national [--values 1m|10m]
      Nạp bộ dữ liệu tổng hợp toàn quốc (34 tỉnh, ~3.300 xã, ~100.000 tổ CNSCĐ) và khoảng 1 triệu
      hoặc 10 triệu giá trị báo cáo 2021–2025, để thử tải. Không dùng cho cơ sở dữ liệu thật.`;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.LANTOA_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const pw = await rl.question('Mật khẩu cho tài khoản quản trị: ');
  rl.close();
  return pw;
}

async function main() {
  const command = process.argv[2];
  if (!command || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig();
  let pg: EmbeddedServer | null = null;
  let url = config.databaseUrl;
  if (!url) {
    pg = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, 'pg'), port: config.pgPort });
    await ensureDatabase(pg, 'lantoa');
    url = pg.url('lantoa');
  }
  const db = createPool(url, 2);
  try {
    await migrate(db);
    if (command === 'migrate') {
      process.stdout.write('Đã áp dụng migration.\n');
    } else if (command === 'seed-reference') {
      await seedReference(db);
      process.stdout.write('Đã nạp dữ liệu tham chiếu.\n');
    } else if (command === 'create-admin') {
      const username = arg('username')?.trim().toLowerCase();
      const fullName = arg('full-name')?.trim();
      const unitCode = arg('unit-code') ?? '48';
      if (!username || !/^[a-z0-9._-]{3,50}$/.test(username)) throw new Error('Cần --username (3–50 ký tự: chữ không dấu, số, . _ -)');
      if (!fullName) throw new Error('Cần --full-name');
      const pw = NewPasswordSchema.safeParse(await readPassword());
      if (!pw.success) throw new Error(pw.error.issues.map((i) => i.message).join('; '));
      const unit = await db.query<{ unit_id: string }>(
        `SELECT unit_id FROM org_unit_version WHERE official_code = $1 AND parent_id IS NULL AND validity @> current_date`,
        [unitCode],
      );
      if (!unit.rows[0]) throw new Error(`Không có đơn vị cấp tỉnh mã ${unitCode}. Chạy "npm run cli -- seed-reference" trước.`);
      const hash = await hashPassword(pw.data);
      await withTransaction(db, async (tx) => {
        const exists = await tx.query('SELECT 1 FROM app_user WHERE lower(username) = $1', [username]);
        if (exists.rowCount) throw new Error(`Tên đăng nhập ${username} đã tồn tại`);
        const u = await tx.query<{ id: string }>(
          'INSERT INTO app_user (username, full_name, unit_id, password_hash) VALUES ($1, $2, $3, $4) RETURNING id',
          [username, fullName, unit.rows[0]!.unit_id, hash],
        );
        await tx.query(`INSERT INTO role_assignment (user_id, role, unit_id) VALUES ($1, 'system_admin', $2)`, [u.rows[0]!.id, unit.rows[0]!.unit_id]);
        await recordAudit(tx, null, { action: 'user.create', entityType: 'user', entityId: u.rows[0]!.id, summary: `Tạo quản trị hệ thống ${username} bằng dòng lệnh` });
      });
      process.stdout.write(`Đã tạo tài khoản quản trị ${username}.\n`);
    } else if (command === 'load-national') {
      const values = arg('values') === '10m' ? '10m' : '1m';
      process.stdout.write(`Đang nạp dữ liệu tổng hợp toàn quốc (${values} giá trị)…\n`);
      const started = Date.now();
      const r = await loadNationalData(db, { provinces: 34, districtsPerProvince: 20, oldCommunesPerDistrict: 15, newCommunesPerProvince: 97, teamsPerCommune: 30 }, values);
      process.stdout.write(`Đã nạp ${r.structure.units.toLocaleString('vi-VN')} đơn vị và ${r.values.toLocaleString('vi-VN')} giá trị trong ${Math.round((Date.now() - started) / 1000)} s.\n`);
    } else {
      throw new Error(`Lệnh không hợp lệ: ${command}\n${USAGE}`);
    }
  } finally {
    await db.end();
    if (pg) await pg.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`Lỗi: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
