import type { ContentAction, ContentStatus } from '@lantoa/contracts/content';
import { defineWorkflow } from '../../platform/workflow/workflow.ts';

/**
 * draft → review → published → archived. A reviewer may publish at once or schedule for a time
 * (the content.publish-due job publishes it then); returns need a reason.
 */
export const contentWorkflow = defineWorkflow<ContentStatus, ContentAction>({
  entityType: 'content_item',
  states: ['draft', 'review', 'scheduled', 'published', 'archived'],
  transitions: [
    { action: 'submit', from: ['draft'], to: 'review', permission: 'content:edit', label: 'Gửi duyệt' },
    { action: 'return', from: ['review'], to: 'draft', permission: 'content:publish', commentRequired: true, label: 'Trả lại để sửa' },
    { action: 'publish', from: ['review', 'scheduled'], to: 'published', permission: 'content:publish', label: 'Đăng ngay' },
    { action: 'schedule', from: ['review'], to: 'scheduled', permission: 'content:publish', label: 'Hẹn giờ đăng' },
    { action: 'unschedule', from: ['scheduled'], to: 'review', permission: 'content:publish', label: 'Hủy hẹn giờ' },
    { action: 'unpublish', from: ['published'], to: 'draft', permission: 'content:publish', commentRequired: true, label: 'Gỡ xuống' },
    { action: 'archive', from: ['published', 'draft'], to: 'archived', permission: 'content:publish', label: 'Lưu trữ' },
    { action: 'restore', from: ['archived'], to: 'draft', permission: 'content:edit', label: 'Khôi phục thành bản nháp' },
  ],
});
