import { registerMessages } from '../../lib/i18n.tsx';

/** The programme report screen's wording: Vietnamese first, English second, same keys. */
export const vi: Record<string, string> = {
  'programmeReport.title': 'Báo cáo kết quả thực hiện Đề án năm {year}',
  'programmeReport.year': 'Năm báo cáo',
  'programmeReport.status.draft': 'Dự thảo',
  'programmeReport.status.issued': 'Đã ban hành ngày {date}',
  'programmeReport.explain.edit':
    'Số liệu, bảng và các câu tổng hợp do hệ thống lấy tại thời điểm xem. Bạn viết phần nhận định vào các ô đi kèm từng mục, lưu lại, xem văn bản rồi ban hành.',
  'programmeReport.explain.read':
    'Báo cáo đang được cơ quan thường trực soạn. Bạn xem bản dự thảo và xuất Word, PDF; số liệu do hệ thống lấy tại thời điểm xem.',
  'programmeReport.explain.issued': 'Báo cáo đã ban hành ngày {date}: phần nhận định đã khóa, không sửa được nữa.',

  'programmeReport.preview': 'Văn bản báo cáo',
  'programmeReport.column.document': 'Văn bản (số liệu từ hệ thống)',
  'programmeReport.column.narrative': 'Phần nhận định',
  'programmeReport.form': 'Phần nhận định của báo cáo',
  'programmeReport.unplaced': 'Phần nhận định khác',
  'programmeReport.unplacedHint':
    'Những đoạn đã viết mà văn bản hiện không có mục tương ứng (ví dụ nội dung nhiệm vụ đã bỏ khỏi đề án).',

  'programmeReport.field.number': 'Số văn bản',
  'programmeReport.field.numberHint': 'Phần số trước “/{symbol}”. Bỏ trống thì văn bản để chỗ cho văn thư ghi số.',
  'programmeReport.field.overview': 'Tình hình triển khai',
  'programmeReport.field.overviewHint':
    'Mục I. Để một dòng trống giữa hai đoạn văn. Bỏ trống thì văn bản dùng câu chung của cơ quan thường trực.',
  'programmeReport.field.taskArea': 'Nội dung {number}: nhận định',
  'programmeReport.field.taskAreaHint':
    'Văn bản ghi nhận định của mỗi nội dung ngay sau câu số liệu của nội dung đó, trong cùng đoạn văn.',
  'programmeReport.field.difficulties': 'Khó khăn, vướng mắc',
  'programmeReport.field.proposals': 'Đề xuất, kiến nghị',
  'programmeReport.field.emptyNone': 'Để một dòng trống giữa hai đoạn văn. Bỏ trống thì văn bản ghi “Không có.”',
  'programmeReport.field.signerTitle': 'Chức vụ người ký',
  'programmeReport.field.signerTitleHint': 'Ví dụ: Giám đốc, Phó Giám đốc. In hoa trong văn bản; bỏ trống thì ghi “Giám đốc”.',
  'programmeReport.field.signerName': 'Họ và tên người ký',
  'programmeReport.field.signerNameHint': 'Bỏ trống thì văn bản ghi “Người ký”.',

  'programmeReport.save': 'Lưu phần nhận định',
  'programmeReport.saved': 'Đã lưu phần nhận định. Văn bản bên dưới đã cập nhật.',
  'programmeReport.unsaved.marker': 'Có thay đổi chưa lưu',
  'programmeReport.unsaved.none': 'Mọi thay đổi đã được lưu',
  'programmeReport.unsaved.title': 'Rời trang khi chưa lưu?',
  'programmeReport.unsaved.body': 'Những thay đổi chưa lưu của phần nhận định sẽ mất.',
  'programmeReport.unsaved.leave': 'Rời trang',
  'programmeReport.unsaved.stay': 'Ở lại',
  'programmeReport.conflict.title': 'Có người vừa lưu báo cáo này',
  'programmeReport.conflict.body':
    'Phần nhận định đã được sửa sau khi bạn mở trang. Tải bản mới nhất để xem (những gì bạn vừa gõ sẽ mất; hãy chép lại nếu cần).',
  'programmeReport.conflict.load': 'Tải bản mới nhất',
  'programmeReport.stale': 'Báo cáo vừa được thay đổi ở nơi khác. Tải bản mới nhất trước khi sửa tiếp.',
  'programmeReport.locked.title': 'Báo cáo đã được ban hành',
  'programmeReport.locked.body': 'Trong lúc bạn sửa, báo cáo đã được ban hành nên phần nhận định không sửa được nữa.',
  'programmeReport.locked.view': 'Xem bản đã ban hành',

  'programmeReport.render': 'Xuất Word, PDF',
  'programmeReport.renderUnsaved':
    'Văn bản được tạo từ phần nhận định đã lưu: những thay đổi chưa lưu không có trong tệp.',

  'programmeReport.issue': 'Ban hành',
  'programmeReport.issue.saveFirst': 'Lưu phần nhận định trước khi ban hành.',
  'programmeReport.issue.title': 'Ban hành báo cáo năm {year}?',
  'programmeReport.issue.body':
    'Sau khi ban hành, phần nhận định bị khóa, không ai sửa được nữa. Hãy xem lại văn bản (số văn bản, người ký) trước khi ban hành.',
  'programmeReport.issue.confirm': 'Ban hành báo cáo',
  'programmeReport.issued': 'Đã ban hành báo cáo. Phần nhận định đã khóa.',
};

export const en: Record<string, string> = {
  'programmeReport.title': 'Programme results report {year}',
  'programmeReport.year': 'Report year',
  'programmeReport.status.draft': 'Draft',
  'programmeReport.status.issued': 'Issued on {date}',
  'programmeReport.explain.edit':
    'Figures, tables and summary sentences are taken from the system when the page is opened. Write the narrative in the boxes that go with each section, save, check the document, then issue it.',
  'programmeReport.explain.read':
    'The standing agency is writing this report. You can read the draft and export it to Word and PDF; the figures are taken from the system when the page is opened.',
  'programmeReport.explain.issued': 'The report was issued on {date}: its narrative is locked and can no longer be changed.',

  'programmeReport.preview': 'Report document',
  'programmeReport.column.document': 'Document (figures from the system)',
  'programmeReport.column.narrative': 'Narrative',
  'programmeReport.form': 'Narrative of the report',
  'programmeReport.unplaced': 'Other narrative',
  'programmeReport.unplacedHint':
    'Text written for parts the document no longer has (for example a task area removed from the programme).',

  'programmeReport.field.number': 'Document number',
  'programmeReport.field.numberHint': 'The number before “/{symbol}”. Left empty, the document leaves room for the clerk to write it.',
  'programmeReport.field.overview': 'Implementation overview',
  'programmeReport.field.overviewHint':
    'Section I. Leave an empty line between paragraphs. Left empty, the document uses the standing agency’s general sentence.',
  'programmeReport.field.taskArea': 'Task area {number}: narrative',
  'programmeReport.field.taskAreaHint':
    'The document puts each task area’s narrative right after that area’s figures sentence, in the same paragraph.',
  'programmeReport.field.difficulties': 'Difficulties',
  'programmeReport.field.proposals': 'Proposals',
  'programmeReport.field.emptyNone': 'Leave an empty line between paragraphs. Left empty, the document says “Không có.” (none).',
  'programmeReport.field.signerTitle': 'Signer’s title',
  'programmeReport.field.signerTitleHint': 'For example Giám đốc, Phó Giám đốc. Printed in capitals; left empty, “Giám đốc”.',
  'programmeReport.field.signerName': 'Signer’s full name',
  'programmeReport.field.signerNameHint': 'Left empty, the document says “Người ký” (signer).',

  'programmeReport.save': 'Save narrative',
  'programmeReport.saved': 'Narrative saved. The document below has been updated.',
  'programmeReport.unsaved.marker': 'Unsaved changes',
  'programmeReport.unsaved.none': 'All changes saved',
  'programmeReport.unsaved.title': 'Leave without saving?',
  'programmeReport.unsaved.body': 'Unsaved changes to the narrative will be lost.',
  'programmeReport.unsaved.leave': 'Leave',
  'programmeReport.unsaved.stay': 'Stay',
  'programmeReport.conflict.title': 'Someone has just saved this report',
  'programmeReport.conflict.body':
    'The narrative was changed after you opened the page. Load the latest version to see it (what you typed will be lost; copy it first if you need it).',
  'programmeReport.conflict.load': 'Load latest version',
  'programmeReport.stale': 'The report has just been changed elsewhere. Load the latest version before editing further.',
  'programmeReport.locked.title': 'The report has been issued',
  'programmeReport.locked.body': 'The report was issued while you were editing, so its narrative can no longer be changed.',
  'programmeReport.locked.view': 'View issued report',

  'programmeReport.render': 'Export Word, PDF',
  'programmeReport.renderUnsaved': 'The document is made from the saved narrative: unsaved changes are not in the files.',

  'programmeReport.issue': 'Issue',
  'programmeReport.issue.saveFirst': 'Save the narrative before issuing.',
  'programmeReport.issue.title': 'Issue the {year} report?',
  'programmeReport.issue.body':
    'Once issued, the narrative is locked and nobody can change it. Check the document (number, signer) before issuing.',
  'programmeReport.issue.confirm': 'Issue report',
  'programmeReport.issued': 'Report issued. Its narrative is now locked.',
};

registerMessages(vi, en);
