export const TEMPLATE_DB = 'lantoa_template';
/** The password every demo account has in tests. */
export const TEST_PASSWORD = 'Demo-Pass-2025';
