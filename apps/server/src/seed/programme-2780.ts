import {
  type CreateProgrammeBody,
  CreateProgrammeBodySchema,
  type CreateTargetBody,
} from '@lantoa/contracts/programme';
import type { UnitGroup } from '@lantoa/contracts/org-units';
import type { Queryable } from '../platform/db/db.ts';
import { createProgrammeInTransaction } from '../modules/programme/index.ts';

/**
 * Đà Nẵng's DX communication programme, Quyết định 2780/QĐ-UBND (28-10-2022), as data. The source
 * is the published article in data/decision-2780-article.txt.
 *
 * Task areas and targets are the article's own words, kept exactly as published — including its
 * typos ("hướng ứng", "áp dạng", "tmyền thông", "với với", "Chuyên đổi số", "Công Thông tin"):
 * they are quotations of a legal text and the published wording is the reference. The article
 * announces "10 nội dung chính" but lists 11; all 11 are kept.
 *
 * Responsibilities follow the article's assignment paragraphs, split into one duty per row and
 * phrased to stand alone (there the article's slips — "phối họp", "thanh thiểu niên" — are
 * corrected, since a duty is an instruction, not a quotation). The article ties them to task
 * areas only where its wording does (plans, events, training of community digital technology
 * teams, rewards, schools); the rest apply to the whole programme.
 */

export const PROGRAMME_2780_CODE = 'DA-TT-CDS-DN-2022-2025';

export const TASK_AREAS_2780: { number: number; title: string; content: string }[] = [
  {
    number: 1,
    title: 'Kế hoạch truyền thông và đánh giá thực trạng',
    content:
      'Xây dựng kế hoạch truyền thông của thành phố, từng ngành, địa phương gắn với kế hoạch truyền thông của quốc gia; đánh giá thực trạng công tác truyền thông từng năm hoặc 2 năm/1 lần về Chuyển đổi số trên địa bàn thành phố Đà Nẵng.',
  },
  {
    number: 2,
    title: 'Triển khai, lồng ghép kế hoạch truyền thông',
    content:
      'Triển khai kế hoạch truyền thông của cả thành phố và các ngành, địa phương, tổ chức chính trị xã hội; lồng ghép các hoạt động truyền thông về Chuyển đổi số vào các chương trình, dự án có liên quan như Chương trình mục tiêu quốc gia xây dựng nông thôn mới, các kế hoạch truyền thông của các ngành, địa phương, tổ chức chính trị xã hội.',
  },
  {
    number: 3,
    title: 'Sự kiện truyền thông, hưởng ứng Ngày Chuyển đổi số quốc gia',
    content:
      'Triển khai các sự kiện truyền thông về Chuyển đổi số, phát động các sáng kiến hướng ứng Ngày Chuyển đổi số quốc gia phù hợp với mục đích, ý nghĩa và chủ đề hàng năm của Bộ Thông tin và Truyền thông.',
  },
  {
    number: 4,
    title: 'Quy chế phối hợp',
    content:
      'Xây dựng quy chế phối hợp giữa các ngành, địa phương và các đoàn thể, tổ chức chính trị xã hội, các cơ quan thông tin báo chí.',
  },
  {
    number: 5,
    title: 'Tài liệu, video, bài viết, câu chuyện và thông điệp truyền thông',
    content:
      'Xây dựng, phát triển các tài liệu, video clip, bài viết tuyên truyền, câu chuyện Chuyển đổi số và thông điệp truyền thông gắn với hoạt động truyền thông tổng thể của thành phố, các ngành, địa phương, đoàn thể và phù hợp với từng đối tượng truyền thông.',
  },
  {
    number: 6,
    title: 'Truyền thông vận động chính sách, nâng cao năng lực',
    content:
      'Tổ chức, phối hợp với các ngành, địa phương, đoàn thể, tổ chức chính trị xã hội triển khai các hoạt động truyền thông vận động chính sách, nâng cao năng lực cho các tổ Công nghệ số cộng đồng, cán bộ làm công tác truyền thông, các cơ quan báo chí nhằm thay đổi, nâng cao nhận thức về vai trò, ý nghĩa, tầm quan trọng của Chuyển đổi số đối với sự phát triển của quốc gia, thành phố.',
  },
  {
    number: 7,
    title: 'Sáng kiến, mô hình truyền thông lấy người dân, doanh nghiệp làm trung tâm',
    content:
      'Nghiên cứu, xây dựng các sáng kiến, mô hình và tổ chức đánh giá, triển khai áp dạng các sáng kiến, mô hình truyền thông lấy người dân, doanh nghiệp làm trung tâm của quá trình Chuyển đổi số.',
  },
  {
    number: 8,
    title: 'Đào tạo kỹ năng số, ngoại khóa trong trường học',
    content:
      'Xây dựng chương trình đào tạo về kỹ năng Công nghệ thông tin, Chuyển đổi số, đưa các nội dung này vào các chương trình ngoại khóa tại các trường học từ bậc Trung học cơ sở trở lên.',
  },
  {
    number: 9,
    title: 'Đấu tranh, phản bác thông tin sai trái, xấu độc trên không gian mạng',
    content:
      'Các hoạt động tmyền thông gắn liền với với công tác đấu tranh, phản bác các quan điểm sai trái, thù địch, thông tin xấu độc trên không gian mạng xuyên tạc, phủ nhận các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước.',
  },
  {
    number: 10,
    title: 'Kiểm tra, giám sát, đánh giá, tổng kết',
    content: 'Tăng cường công tác kiểm tra, giám sát, đánh giá, tổng kết việc thực hiện các hoạt động của Đề án.',
  },
  {
    number: 11,
    title: 'Huy động nguồn lực, hợp tác trong và ngoài nước',
    content: 'Huy động các nguồn lực, hợp tác trong và ngoài nước đối với công tác truyền thông Chuyển đổi số.',
  },
];

/**
 * The 9 targets to 2025. `unitGroup` names the kind of unit a "100 % of …" target counts:
 * - target 1 counts leaders of Party committees, authorities, sectors, localities and mass
 *   organisations — people across several groups, not one group of units — so it has none; its
 *   indicator will define the denominator;
 * - target 6 covers press agencies and grassroots communication officers; press is the group of
 *   units, the officers are people counted by the trainings register;
 * - targets 4 and 9 are counts per year (classes, models), not shares of units.
 * Which task areas each target measures is our reading (the decision does not say); it is editable.
 */
export const TARGETS_2780: CreateTargetBody[] = [
  {
    number: 1,
    title: 'Lãnh đạo các cấp được tuyên truyền, phổ biến về Chuyển đổi số',
    content:
      '100% lãnh đạo các cấp ủy Đảng, chính quyền, các ngành, địa phương và đoàn thể được tuyên truyền, phổ biến về ý nghĩa, tầm quan trọng của Chuyển đổi số, công tác truyền thông về Chuyển đổi số',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: null,
    taskAreaNumbers: [6],
  },
  {
    number: 2,
    title: 'Địa phương có kế hoạch và bố trí kinh phí truyền thông Chuyển đổi số',
    content:
      '100% các địa phương có kế hoạch triển khai và đưa nội dung truyền thông về Chuyển đổi số vào kế hoạch phát triển kinh tế xã hội của địa phương và bố trí kinh phí thực hiện',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: 'locality',
    taskAreaNumbers: [1, 2],
  },
  {
    number: 3,
    title: 'Đoàn thể, tổ chức chính trị - xã hội đưa truyền thông Chuyển đổi số vào chương trình hoạt động',
    content:
      '100% các đoàn thể, tổ chức chính trị xã hội đưa nội dung truyền thông về Chuyển đổi số vào chương trình hoạt động hàng năm, trung hạn, dài hạn',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: 'mass_organisation',
    taskAreaNumbers: [2],
  },
  {
    number: 4,
    title: 'Lớp tập huấn báo cáo viên về truyền thông Chuyển đổi số',
    content: 'Hàng năm đào tạo, tổ chức tập huấn 2 lớp báo cáo viên về công tác truyền thông Chuyển đổi số',
    targetValue: 2,
    targetValueMax: null,
    unit: 'lớp',
    isYearly: true,
    unitGroup: null,
    taskAreaNumbers: [6],
  },
  {
    number: 5,
    title: 'Tổ công nghệ số cộng đồng được tập huấn kỹ năng truyền thông',
    content:
      '100% các tổ Công nghệ số cộng đồng được tập huấn về phương pháp và kỹ năng truyền thông, cập nhật kiến thức về Chuyển đổi số',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: 'cdt_team',
    taskAreaNumbers: [6],
  },
  {
    number: 6,
    title: 'Cơ quan báo chí, cán bộ truyền thông cơ sở được tập huấn',
    content:
      '100% cơ quan báo chí, cán bộ làm công tác truyền thông cơ sở được tập huấn, cập nhật kiến thức về Chuyển đổi số',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: 'press',
    taskAreaNumbers: [6],
  },
  {
    number: 7,
    title: 'Báo chí địa phương, Trang TTĐT Đảng bộ, Cổng TTĐT thành phố có chuyên mục Chuyển đổi số',
    content:
      '100% các cơ quan báo chí địa phương, Trang thông tin điện tử Đảng bộ thành phố, Công Thông tin điện tử thành phố có chuyên mục, chuyên đề về Chuyên đổi số',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: 'press',
    taskAreaNumbers: [2, 5],
  },
  {
    number: 8,
    title: 'Trường học từ THCS trở lên có hoạt động ngoại khóa về Chuyển đổi số',
    content:
      'Phấn đấu 100% các trường học từ cấp Trung học cơ sở trở lên có phổ biến, báo cáo, giảng dạy ngoại khóa về Chuyển đổi số',
    targetValue: 100,
    targetValueMax: null,
    unit: '%',
    isYearly: false,
    unitGroup: 'school',
    taskAreaNumbers: [8],
  },
  {
    number: 9,
    title: 'Mô hình truyền thông Chuyển đổi số gắn với người dân, doanh nghiệp',
    content:
      'đảm bảo mỗi năm xây dựng, triển khai từ 2-3 mô hình truyền thông về Chuyển đổi số gắn với người dân, doanh nghiệp',
    targetValue: 2,
    targetValueMax: 3,
    unit: 'mô hình',
    isYearly: true,
    unitGroup: null,
    taskAreaNumbers: [7],
  },
];

type SeedResponsibility = {
  /** 'agency:<id>' from data/danang-agencies.json, or null for a whole group of units. */
  unitKey: string | null;
  /** The group the unit belongs to: used alone for group duties, and as the fallback when the unit is missing. */
  unitGroup: UnitGroup;
  /** Shown in the duty when the unit cannot be found, so that nothing is lost. */
  unitLabel: string;
  role: 'standing' | 'lead' | 'coordinate';
  taskAreaNumber: number | null;
  duty: string;
};

const STTTT = {
  unitKey: 'agency:so-tttt',
  unitGroup: 'department',
  unitLabel: 'Sở Thông tin và Truyền thông',
} as const;
const DEPARTMENTS = { unitKey: null, unitGroup: 'department', unitLabel: 'Các sở, ban, ngành' } as const;
const LOCALITIES = { unitKey: null, unitGroup: 'locality', unitLabel: 'UBND các quận, huyện, phường, xã' } as const;
const MASS_ORGS = {
  unitKey: null,
  unitGroup: 'mass_organisation',
  unitLabel: 'Các tổ chức chính trị - xã hội thành phố',
} as const;

const MASS_ORG_DUTY =
  'Tăng cường hoạt động tuyên truyền nâng cao nhận thức của Nhân dân, hội viên trong việc tiếp nhận thông tin và tích cực tham gia góp ý đối với các hoạt động truyền thông chuyển đổi số. Tuyên truyền, hướng dẫn đoàn viên, hội viên và Nhân dân tiếp cận và khai thác, ứng dụng công nghệ thông tin vào các lĩnh vực đời sống, xã hội, áp dụng tiến bộ khoa học kỹ thuật vào kinh doanh, sản xuất để tăng năng suất lao động, góp phần phát triển nền kinh tế số và xã hội số của thành phố. Kêu gọi, vận động cộng đồng dân cư, tổ dân phố, hộ gia đình, các tổ chức, cá nhân chủ động, tích cực nâng cao các kỹ năng ứng dụng công nghệ số, nâng cao nhận thức về chuyển đổi số.';
const INTEGRATE_DUTY =
  'Hằng năm lồng ghép nội dung thực hiện Đề án vào Kế hoạch chuyển đổi số của cơ quan, địa phương, đơn vị, phù hợp với chức năng, nhiệm vụ, điều kiện cụ thể của cơ quan, địa phương, đơn vị, trong đó xác định lộ trình, cân đối, phân kỳ nguồn lực đầu tư hợp lý để thực hiện hiệu quả các nhiệm vụ; hoặc lồng ghép triển khai Đề án trong việc thực hiện nhiệm vụ chuyên môn của cơ quan, đơn vị đảm bảo thực hiện hiệu quả Đề án.';
const COORDINATE_DUTY =
  'Phối hợp chặt chẽ với các cơ quan, đơn vị có liên quan, đảm bảo tính đồng bộ, kết nối, liên thông tổ chức triển khai kế hoạch nhằm góp phần thực hiện nhiệm vụ Đề án giao.';
const COLUMN_DUTY =
  'Tiếp tục duy trì chuyên mục "Chuyển đổi số" trên các bản tin chuyên ngành, Trang/Cổng thông tin điện tử và hệ thống truyền thanh cơ sở của cơ quan, địa phương, đơn vị, thường xuyên cập nhật, đăng tải các thông tin tuyên truyền về Chuyển đổi số. Lồng ghép tuyên truyền, giới thiệu, hướng dẫn nội dung về Chuyển đổi số trong các hội nghị, hội thảo do cơ quan, địa phương, đơn vị chủ trì cho các cơ quan, đơn vị, doanh nghiệp, tổ chức có liên quan.';

export const RESPONSIBILITIES_2780: SeedResponsibility[] = [
  // Sở Thông tin và Truyền thông — the standing agency.
  {
    ...STTTT,
    role: 'standing',
    taskAreaNumber: null,
    duty: 'Cơ quan thường trực của Đề án: thường xuyên đôn đốc các cơ quan, đơn vị, địa phương tổ chức triển khai thực hiện nhiệm vụ được giao tại Đề án.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: 1,
    duty: 'Hằng năm, xây dựng kế hoạch truyền thông chuyển đổi số của thành phố, đồng thời hướng dẫn các cơ quan, đơn vị, địa phương đưa nội dung truyền thông chuyển đổi số trên địa bàn, lĩnh vực phụ trách vào kế hoạch triển khai chuyển đổi số của đơn vị mình; phối hợp, tham gia ý kiến đối với các kế hoạch truyền thông các ngành, địa phương chủ trì thực hiện.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: 2,
    duty: 'Hướng dẫn các cơ quan báo chí, Cổng thông tin điện tử thành phố, đặt hàng Đài Phát thanh – Truyền hình thành phố, các sở, ban, ngành có Bản tin chuyên ngành, Trang/Cổng thông tin điện tử; hệ thống thông tin cơ sở đẩy mạnh truyền thông rộng rãi trên các phương tiện thông tin đại chúng về chuyển đổi số, để các cấp, các ngành, người dân, doanh nghiệp trên địa bàn thành phố Đà Nẵng tham gia mạnh mẽ trong công cuộc chuyển đổi số.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: 3,
    duty: 'Chủ trì tổ chức sự kiện “Ngày Chuyển đổi số thành phố Đà Nẵng” kết hợp công bố và quảng bá các sản phẩm Make in Da Nang.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: 6,
    duty: 'Có kế hoạch hướng dẫn và tổ chức tập huấn cho Tổ công nghệ số cộng đồng trong việc phổ biến, hướng dẫn, hỗ trợ người dân tiếp cận, sử dụng các nền tảng số phục vụ phát triển chính quyền số, kinh tế số, xã hội số.',
  },
  {
    ...STTTT,
    role: 'coordinate',
    taskAreaNumber: 8,
    duty: 'Phối hợp với Sở Giáo dục và Đào tạo xây dựng và đưa vào trong chương trình ngoại khóa kiến thức về chuyển đổi số, các công nghệ số.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: 10,
    duty: 'Chủ động nắm bắt, tổng hợp các khó khăn, vướng mắc có khả năng ảnh hưởng đến chất lượng, tiến độ của Đề án và phối hợp với các ngành, địa phương tìm phương án giải quyết, báo cáo UBND thành phố xem xét quyết định.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: 10,
    duty: 'Chủ trì, phối hợp với Sở Nội vụ đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện các nhiệm vụ được giao tại Đề án này.',
  },
  {
    ...STTTT,
    role: 'lead',
    taskAreaNumber: null,
    duty: 'Tổng hợp dự toán kinh phí hằng năm của các cơ quan, đơn vị cấp thành phố được giao chủ trì triển khai nhiệm vụ, gửi Sở Tài chính thẩm định, tham mưu trình UBND thành phố phê duyệt.',
  },
  // Sở Nội vụ and Sở Tài chính.
  {
    unitKey: 'agency:so-noi-vu-2022',
    unitGroup: 'department',
    unitLabel: 'Sở Nội vụ',
    role: 'coordinate',
    taskAreaNumber: 10,
    duty: 'Phối hợp với Sở Thông tin và Truyền thông đề xuất khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong thực hiện các nhiệm vụ được giao tại Đề án.',
  },
  {
    unitKey: 'agency:so-tai-chinh-2022',
    unitGroup: 'department',
    unitLabel: 'Sở Tài chính',
    role: 'coordinate',
    taskAreaNumber: null,
    duty: 'Thẩm định dự toán kinh phí thực hiện Đề án hằng năm của các cơ quan, đơn vị cấp thành phố do Sở Thông tin và Truyền thông tổng hợp, tham mưu trình UBND thành phố phê duyệt.',
  },
  // Sở Giáo dục và Đào tạo — task area 8.
  {
    unitKey: 'agency:so-gddt',
    unitGroup: 'department',
    unitLabel: 'Sở Giáo dục và Đào tạo',
    role: 'lead',
    taskAreaNumber: 8,
    duty: 'Thực hiện giáo dục về chuyển đổi số cho các em học sinh ở bậc THCS thông qua xây dựng chương trình đào tạo ngoại khóa; hướng dẫn, tập huấn đội ngũ giáo viên giảng dạy; tổ chức sân chơi Khoa học công nghệ, câu lạc bộ cho các em học sinh tham gia ngoại khóa. Chủ trì, phối hợp với Sở Thông tin và Truyền thông xây dựng và đưa vào trong chương trình ngoại khóa kiến thức về chuyển đổi số, các công nghệ số như trí tuệ nhân tạo, phân tích dữ liệu...; triển khai phổ cập kỹ năng số cho giáo viên, học sinh các cấp học, đặc biệt thanh thiếu niên thành phố là lực lượng nòng cốt, hỗ trợ cho phụ huynh, người lớn tuổi.',
  },
  // Every department and every locality.
  { ...DEPARTMENTS, role: 'lead', taskAreaNumber: null, duty: INTEGRATE_DUTY },
  {
    ...DEPARTMENTS,
    role: 'lead',
    taskAreaNumber: null,
    duty: 'Đơn vị cấp thành phố được giao chủ trì triển khai nhiệm vụ: hằng năm xây dựng dự toán kinh phí gửi Sở Thông tin và Truyền thông tổng hợp, gửi Sở Tài chính thẩm định, tham mưu trình UBND thành phố phê duyệt.',
  },
  { ...DEPARTMENTS, role: 'lead', taskAreaNumber: 2, duty: COLUMN_DUTY },
  { ...DEPARTMENTS, role: 'coordinate', taskAreaNumber: null, duty: COORDINATE_DUTY },
  { ...LOCALITIES, role: 'lead', taskAreaNumber: null, duty: INTEGRATE_DUTY },
  {
    ...LOCALITIES,
    role: 'lead',
    taskAreaNumber: null,
    duty: 'Căn cứ nhiệm vụ được giao thực hiện Chuyển đổi số, hằng năm xây dựng Kế hoạch và triển khai từ nguồn kinh phí thuộc ngân sách địa phương.',
  },
  { ...LOCALITIES, role: 'lead', taskAreaNumber: 2, duty: COLUMN_DUTY },
  { ...LOCALITIES, role: 'coordinate', taskAreaNumber: null, duty: COORDINATE_DUTY },
  // Party and mass organisations: the decision requests (đề nghị) rather than assigns.
  {
    unitKey: 'agency:ban-tgdv-tu',
    unitGroup: 'mass_organisation',
    unitLabel: 'Ban Tuyên giáo Thành ủy',
    role: 'coordinate',
    taskAreaNumber: null,
    duty: 'Ban Tuyên giáo Thành ủy (UBND thành phố đề nghị): đẩy mạnh việc chỉ đạo, định hướng công tác tuyên truyền về Chuyển đổi số trên địa bàn thành phố Đà Nẵng.',
  },
  {
    unitKey: 'agency:mttq',
    unitGroup: 'mass_organisation',
    unitLabel: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
    role: 'coordinate',
    taskAreaNumber: null,
    duty: `(UBND thành phố đề nghị) ${MASS_ORG_DUTY}`,
  },
  { ...MASS_ORGS, role: 'coordinate', taskAreaNumber: null, duty: `(UBND thành phố đề nghị) ${MASS_ORG_DUTY}` },
  {
    unitKey: 'agency:thanh-doan',
    unitGroup: 'mass_organisation',
    unitLabel: 'Thành Đoàn Đà Nẵng',
    role: 'lead',
    taskAreaNumber: null,
    duty: 'Tuyên truyền, hướng dẫn chuyển đổi số cho toàn thể Đoàn thanh niên, xây dựng Đoàn thanh niên trở thành lực lượng nòng cốt, xung kích, lan tỏa chuyển đổi số, xây dựng Chính quyền số, Kinh tế số, Xã hội số; đồng thời giao Đoàn thanh niên cơ sở tuyên truyền về chuyển đổi số cho người dân, doanh nghiệp trên địa bàn, hướng dẫn người dân sử dụng các ứng dụng, dịch vụ, tiện ích của thành phố.',
  },
];

const CITY_KEY = 'gso:48';

/** The programme 2780 as a create body, with unit ids resolved by the caller. */
export function buildProgramme2780(unitIds: ReadonlyMap<string, string>): CreateProgrammeBody {
  return CreateProgrammeBodySchema.parse({
    code: PROGRAMME_2780_CODE,
    title: 'Đề án truyền thông Chuyển đổi số tại thành phố Đà Nẵng giai đoạn 2022 – 2025',
    decisionNumber: '2780/QĐ-UBND',
    decisionDate: '2022-10-28',
    issuer: 'UBND thành phố Đà Nẵng',
    ownerUnitId: unitIds.get(CITY_KEY) ?? null,
    periodStart: '2022-01-01',
    periodEnd: '2025-12-31',
    parentTitle: 'Đề án Chuyển đổi số của thành phố đến năm 2025, tầm nhìn đến năm 2030',
    summary:
      'Đề án truyền thông Chuyển đổi số của thành phố là một thành tố quan trọng trong Đề án Chuyển đổi số của thành phố đến năm 2025, tầm nhìn đến năm 2030; đồng thời gắn liền với Đề án, Kế hoạch truyền thông của Bộ Thông tin và Truyền thông với quan điểm Chuyển đổi số là tầm nhìn quốc gia, không chỉ là câu chuyện riêng lẻ của một địa phương.',
    objective:
      'Hình thành chiến lược, kế hoạch truyền thông tổng thể về chuyển đổi số của thành phố để triển khai nhất quán, xuyên suốt từ thành phố đến từng ngành, địa phương, đơn vị. Từ đó hướng đến mục tiêu thay đổi, chuyển biến và nâng cao về nhận thức và trách nhiệm lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền, các ngành, địa phương, đoàn thể và các tầng lớp Nhân dân trong việc thực hiện Chuyển đổi số, công tác truyền thông về Chuyển đổi số.',
    status: 'active',
    documents: [
      {
        title: 'Quyết định ban hành Đề án truyền thông Chuyển đổi số tại thành phố Đà Nẵng giai đoạn 2022 – 2025',
        number: '2780/QĐ-UBND',
        issuedOn: '2022-10-28',
        url: 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Quyet-dinh-2780-QD-UBND-2022-De-an-truyen-thong-Chuyen-doi-so-Da-Nang-2022-2025-558648.aspx',
        note: 'UBND thành phố Đà Nẵng ban hành theo đề nghị của Sở Thông tin và Truyền thông (Tờ trình 850/TTr-STTTT).',
        sort: 1,
      },
      {
        title: 'Đà Nẵng: Đẩy mạnh truyền thông Chuyển đổi số trên địa bàn thành phố giai đoạn 2022 – 2025',
        number: null,
        issuedOn: '2022-11-03',
        url: null,
        note: 'Bài giới thiệu Đề án đăng ngày 03/11/2022; là nguồn nguyên văn của các nội dung nhiệm vụ, chỉ tiêu và phân công trong hệ thống.',
        sort: 2,
      },
    ],
    taskAreas: TASK_AREAS_2780,
    targets: TARGETS_2780,
    responsibilities: RESPONSIBILITIES_2780.map((r, i) => {
      const unitId = r.unitKey ? (unitIds.get(r.unitKey) ?? null) : null;
      const missingUnit = r.unitKey !== null && unitId === null;
      return {
        taskAreaNumber: r.taskAreaNumber,
        unitId,
        // A missing unit falls back to its group, and its name goes into the duty.
        unitGroup: unitId ? null : r.unitGroup,
        role: r.role,
        duty: missingUnit && !r.duty.startsWith(r.unitLabel) ? `${r.unitLabel}: ${r.duty}` : r.duty,
        sort: (i + 1) * 10,
      };
    }),
  });
}

/**
 * Enters the programme of Decision 2780 with its documents, 11 task areas, 9 targets and the
 * responsibilities. Idempotent: nothing happens when the programme code exists. Units are looked
 * up by their seed keys; a unit that is not there is named by its group instead.
 */
export async function seedProgramme2780(db: Queryable): Promise<void> {
  const exists = await db.query('SELECT 1 FROM programme WHERE code = $1', [PROGRAMME_2780_CODE]);
  if (exists.rowCount) return;
  const keys = [CITY_KEY, ...new Set(RESPONSIBILITIES_2780.flatMap((r) => (r.unitKey ? [r.unitKey] : [])))];
  const { rows } = await db.query<{ id: string; external_key: string }>(
    'SELECT id, external_key FROM org_unit WHERE external_key = ANY($1::text[])',
    [keys],
  );
  const unitIds = new Map(rows.map((r) => [r.external_key, r.id]));
  await createProgrammeInTransaction(db, null, buildProgramme2780(unitIds));
}
