import { registerMessages } from '../../lib/i18n.tsx';

/** The inbox's wording (the header's bell included): Vietnamese first, English second, same keys. */
export const vi: Record<string, string> = {
  'notifications.bell': 'Thông báo, {count} chưa đọc',
  'notifications.title': 'Thông báo',
  'notifications.unreadCount': '{count} thông báo chưa đọc',
  'notifications.listLabel': 'Các thông báo',
  'notifications.breadcrumbs': 'Vị trí trang',
  'notifications.show': 'Hiển thị',
  'notifications.show.all': 'Tất cả',
  'notifications.show.unread': 'Chưa đọc',
  'notifications.unreadMark': 'Chưa đọc:',
  'notifications.markRead': 'Đánh dấu đã đọc',
  'notifications.markReadWhich': '“{title}”',
  'notifications.markAllRead': 'Đánh dấu tất cả đã đọc',
  'notifications.allRead': 'Đã đánh dấu tất cả thông báo là đã đọc.',
  'notifications.settings': 'Cài đặt nhận thông báo',
  'notifications.empty': 'Chưa có thông báo nào.',
  'notifications.emptyUnread': 'Không có thông báo chưa đọc.',
  'notifications.emptyHint': 'Nhắc hạn, hồ sơ chờ duyệt và kết quả công việc nền sẽ được gửi đến đây.',
  'notifications.notFound': 'Không tìm thấy trang này.',
  'notifications.prefs.title': 'Cài đặt nhận thông báo',
  'notifications.prefs.subtitle': 'Chọn cách bạn nhận từng loại thông báo.',
  'notifications.prefs.intro':
    'Thông báo trong ứng dụng hiện ở hộp thông báo (biểu tượng chuông). Thư điện tử được gửi đến địa chỉ của tài khoản khi hệ thống đã cấu hình máy chủ thư.',
  'notifications.prefs.noEmail':
    'Tài khoản của bạn chưa có địa chỉ thư điện tử, nên thông báo qua thư sẽ không được gửi. Hãy nhờ quản trị viên bổ sung.',
  'notifications.prefs.saved': 'Đã lưu cài đặt nhận thông báo.',
  'notifications.channel.inApp': 'Trong ứng dụng',
  'notifications.channel.email': 'Thư điện tử',
};

export const en: Record<string, string> = {
  'notifications.bell': 'Notifications, {count} unread',
  'notifications.title': 'Notifications',
  'notifications.unreadCount': '{count} unread',
  'notifications.listLabel': 'Notifications',
  'notifications.breadcrumbs': 'You are here',
  'notifications.show': 'Show',
  'notifications.show.all': 'All',
  'notifications.show.unread': 'Unread',
  'notifications.unreadMark': 'Unread:',
  'notifications.markRead': 'Mark as read',
  'notifications.markReadWhich': '“{title}”',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.allRead': 'All notifications are marked as read.',
  'notifications.settings': 'Notification settings',
  'notifications.empty': 'No notifications yet.',
  'notifications.emptyUnread': 'No unread notifications.',
  'notifications.emptyHint': 'Deadline reminders, approvals waiting and background job results arrive here.',
  'notifications.notFound': 'This page does not exist.',
  'notifications.prefs.title': 'Notification settings',
  'notifications.prefs.subtitle': 'Choose how you receive each kind of notification.',
  'notifications.prefs.intro':
    'In-app notifications show in the inbox (the bell). E-mails go to your account’s address once the system has a mail server configured.',
  'notifications.prefs.noEmail':
    'Your account has no e-mail address, so no notification e-mails will be sent. Ask an administrator to add one.',
  'notifications.prefs.saved': 'Notification settings saved.',
  'notifications.channel.inApp': 'In the app',
  'notifications.channel.email': 'E-mail',
};

registerMessages(vi, en);
