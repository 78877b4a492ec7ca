import type { Queryable } from '../platform/db/db.ts';
import { sanitizeRichText, slugify } from '../modules/content/content.sanitize.ts';

/**
 * Demo content (is_demo, and "(dữ liệu mẫu)" at the end of each summary): citizen guides, column
 * posts of the city, of the science and technology department, of the city's press agency and of two
 * wards, and materials of every kind. One INSERT; idempotent (skipped once any demo item exists).
 */
type DemoItem = {
  kind: string;
  unit: string;
  title: string;
  summary: string;
  body: string;
  inColumn?: boolean;
  audiences: string[];
  channels?: string[];
  areas?: number[];
  tags: string[];
  /** Days before the seed's reference date (2025-11-20). */
  daysAgo: number;
};

const CITY = 'gso:48';
const KHCN = 'agency:so-khcn';
const PRESS = 'agency:bao-ptth-dn';
const HAI_CHAU = 'gso2025:20242';
const THANH_KHE = 'gso2025:20209';

const steps = (items: string[]) => `<ol>${items.map((s) => `<li>${s}</li>`).join('')}</ol>`;

const ITEMS: DemoItem[] = [
  {
    kind: 'guide', unit: CITY, title: 'Kích hoạt tài khoản định danh điện tử VNeID mức độ 2',
    summary: 'Các bước kích hoạt tài khoản VNeID mức độ 2 sau khi đã đăng ký tại Công an phường, xã.',
    body: `<p>Tài khoản định danh điện tử mức độ 2 dùng để đăng nhập Cổng Dịch vụ công quốc gia, thay căn cước khi làm thủ tục và tích hợp giấy tờ (giấy phép lái xe, bảo hiểm y tế).</p><h2>Chuẩn bị</h2><p>Điện thoại thông minh có kết nối Internet, số điện thoại chính chủ đã khai khi đăng ký, căn cước gắn chip.</p><h2>Các bước</h2>${steps([
      'Tải ứng dụng <strong>VNeID</strong> từ App Store hoặc CH Play (nhà phát triển: Trung tâm dữ liệu quốc gia về dân cư).',
      'Mở ứng dụng, chọn <strong>Kích hoạt tài khoản định danh điện tử</strong>, nhập số định danh cá nhân (12 số) và số điện thoại đã đăng ký.',
      'Nhập mã kích hoạt (OTP) gửi qua tin nhắn đến số điện thoại.',
      'Đặt mật khẩu 8 ký tự trở lên gồm chữ hoa, chữ thường, chữ số và ký tự đặc biệt.',
      'Đặt mã bảo vệ (passcode) 6 số để mở ứng dụng; không chia sẻ mã này với bất kỳ ai.',
      'Kiểm tra mục <strong>Ví giấy tờ</strong>: căn cước điện tử hiển thị là đã kích hoạt thành công.',
    ])}<p>Cần hỗ trợ: liên hệ Tổ công nghệ số cộng đồng ở khu dân cư hoặc Công an phường, xã nơi cư trú.</p>`,
    audiences: ['citizens', 'elderly'], channels: ['portal', 'zalo'], areas: [5], tags: ['VNeID', 'định danh điện tử', 'hướng dẫn'], daysAgo: 60,
  },
  {
    kind: 'guide', unit: CITY, title: 'Nộp hồ sơ dịch vụ công trực tuyến toàn trình',
    summary: 'Từ đăng nhập bằng VNeID đến nhận kết quả: cách nộp một hồ sơ trực tuyến trên Cổng Dịch vụ công.',
    body: `<p>Nhiều thủ tục (đăng ký khai sinh, cấp phiếu lý lịch tư pháp, đăng ký thường trú…) đã thực hiện được trực tuyến toàn trình, không phải đến nộp giấy tờ.</p>${steps([
      'Truy cập <a href="https://dichvucong.gov.vn">dichvucong.gov.vn</a> hoặc Cổng dịch vụ công thành phố, chọn <strong>Đăng nhập</strong> bằng tài khoản VNeID.',
      'Tìm thủ tục theo tên (ví dụ: "đăng ký khai sinh"), chọn đúng cơ quan thực hiện là phường, xã nơi cư trú.',
      'Điền tờ khai điện tử; thông tin dân cư được điền sẵn, chỉ bổ sung phần còn thiếu.',
      'Đính kèm bản chụp giấy tờ theo yêu cầu (ảnh rõ nét, định dạng PDF hoặc JPG).',
      'Thanh toán lệ phí trực tuyến (nếu có) qua ngân hàng hoặc ví điện tử.',
      'Ghi lại mã hồ sơ; theo dõi trạng thái trong mục <strong>Quản lý hồ sơ</strong> và nhận kết quả điện tử hoặc qua bưu chính.',
    ])}`,
    audiences: ['citizens', 'businesses'], channels: ['portal', 'loudspeaker'], areas: [5], tags: ['dịch vụ công', 'hướng dẫn'], daysAgo: 52,
  },
  {
    kind: 'guide', unit: CITY, title: 'Dùng ứng dụng Danang Smart City để phản ánh hiện trường',
    summary: 'Gửi phản ánh về hạ tầng, môi trường, trật tự đô thị và theo dõi kết quả xử lý ngay trên điện thoại.',
    body: `${steps([
      'Tải ứng dụng <strong>Danang Smart City</strong> từ kho ứng dụng và đăng nhập bằng số điện thoại hoặc VNeID.',
      'Chọn <strong>Góp ý, phản ánh</strong>, chọn lĩnh vực (giao thông, môi trường, trật tự đô thị…).',
      'Chụp ảnh hiện trường, bật định vị để ứng dụng ghi lại vị trí chính xác.',
      'Mô tả ngắn gọn sự việc, không đưa thông tin cá nhân của người khác.',
      'Gửi phản ánh và theo dõi tiến độ; đánh giá mức độ hài lòng khi cơ quan trả lời.',
    ])}<p>Ứng dụng cũng tra cứu được thông tin thời tiết, giao thông, dịch vụ y tế và giáo dục của thành phố.</p>`,
    audiences: ['citizens', 'students'], channels: ['portal', 'social'], areas: [5], tags: ['ứng dụng thành phố', 'hướng dẫn'], daysAgo: 45,
  },
  {
    kind: 'guide', unit: CITY, title: 'Năm bước giữ an toàn tài khoản và tiền trên mạng',
    summary: 'Nhận diện cuộc gọi, tin nhắn lừa đảo và bảo vệ tài khoản ngân hàng, mạng xã hội.',
    body: `${steps([
      'Không bấm vào đường link lạ gửi qua tin nhắn, Zalo, Facebook, kể cả khi người gửi là người quen (tài khoản có thể bị chiếm).',
      'Không cung cấp mã OTP, mật khẩu, mã bảo vệ VNeID cho bất kỳ ai; cơ quan công an, ngân hàng không bao giờ yêu cầu qua điện thoại.',
      'Bật xác thực hai lớp cho tài khoản mạng xã hội và thư điện tử; mỗi tài khoản một mật khẩu khác nhau.',
      'Chỉ cài ứng dụng từ App Store, CH Play; không cài ứng dụng theo hướng dẫn của người lạ.',
      'Khi nghi ngờ bị lừa: gọi ngay ngân hàng để khóa tài khoản, báo Công an nơi gần nhất, phản ánh qua ứng dụng Danang Smart City.',
    ])}`,
    audiences: ['citizens', 'elderly', 'students'], channels: ['loudspeaker', 'zalo', 'print'], areas: [5, 10], tags: ['an toàn trên mạng', 'lừa đảo', 'hướng dẫn'], daysAgo: 30,
  },
  {
    kind: 'guide', unit: CITY, title: 'Thanh toán không dùng tiền mặt bằng mã QR',
    summary: 'Chuyển khoản, trả tiền điện, nước, học phí bằng mã QR trên ứng dụng ngân hàng.',
    body: steps([
      'Mở ứng dụng ngân hàng, chọn <strong>Quét QR</strong>.',
      'Hướng camera vào mã QR của người bán hoặc trên hóa đơn.',
      'Kiểm tra tên người nhận và số tiền trước khi xác nhận.',
      'Xác thực giao dịch bằng sinh trắc học hoặc mã OTP; lưu lại biên lai điện tử.',
    ]),
    audiences: ['citizens', 'elderly', 'businesses'], channels: ['loudspeaker', 'event'], areas: [5], tags: ['thanh toán số', 'hướng dẫn'], daysAgo: 20,
  },
  // City column
  {
    kind: 'article', unit: CITY, inColumn: true, title: 'Đà Nẵng phát động Ngày Chuyển đổi số quốc gia 10/10',
    summary: 'Chuỗi hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia với chủ đề phổ cập kỹ năng số cho người dân.',
    body: '<p>UBND thành phố phát động chuỗi hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10, tập trung vào phổ cập kỹ năng số, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.</p><p>Các phường, xã tổ chức điểm hướng dẫn cài đặt VNeID, ứng dụng Danang Smart City; Tổ công nghệ số cộng đồng đến từng khu dân cư hỗ trợ người cao tuổi.</p>',
    audiences: ['citizens', 'officials'], areas: [1, 4], tags: ['Ngày Chuyển đổi số', 'sự kiện'], daysAgo: 41,
  },
  {
    kind: 'article', unit: CITY, inColumn: true, title: 'Hơn 90% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến',
    summary: 'Tỷ lệ hồ sơ trực tuyến toàn trình của thành phố tiếp tục tăng trong quý III.',
    body: '<p>Theo số liệu của Trung tâm Phục vụ hành chính công, trong quý III hơn 90% hồ sơ thủ tục hành chính được tiếp nhận qua môi trường mạng, trong đó hồ sơ trực tuyến toàn trình chiếm phần lớn.</p><p>Thành phố tiếp tục rà soát, cắt giảm giấy tờ và tái sử dụng dữ liệu dân cư để người dân không phải khai lại thông tin đã có.</p>',
    audiences: ['citizens', 'businesses', 'officials'], areas: [3], tags: ['dịch vụ công', 'chính quyền số'], daysAgo: 33,
  },
  {
    kind: 'article', unit: CITY, inColumn: true, title: 'Tổ công nghệ số cộng đồng: cánh tay nối dài của chính quyền số',
    summary: 'Hơn 3.000 thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ số tại nhà.',
    body: '<p>Tổ công nghệ số cộng đồng được thành lập ở tất cả các thôn, tổ dân phố, gồm cán bộ khu dân cư, đoàn viên thanh niên và người có kỹ năng số.</p><p>Các tổ hướng dẫn người dân cài đặt ứng dụng, nộp hồ sơ trực tuyến, nhận diện tin giả và lừa đảo trên mạng.</p>',
    audiences: ['officials', 'citizens'], areas: [6], tags: ['Tổ công nghệ số cộng đồng', 'kỹ năng số'], daysAgo: 26,
  },
  {
    kind: 'article', unit: CITY, inColumn: true, title: 'Ra mắt bản đồ số điểm phát Wi-Fi công cộng miễn phí',
    summary: 'Người dân và du khách tra cứu điểm Wi-Fi miễn phí của thành phố trên ứng dụng và cổng thông tin.',
    body: '<p>Bản đồ số hiển thị hơn 500 điểm phát Wi-Fi công cộng tại bãi biển, công viên, nhà ga, bến xe và trụ sở cơ quan nhà nước.</p>',
    audiences: ['citizens', 'businesses'], areas: [7], tags: ['hạ tầng số', 'Wi-Fi'], daysAgo: 12,
  },
  {
    kind: 'story', unit: CITY, inColumn: true, title: 'Bà Lan, 72 tuổi, tự nộp hồ sơ trực tuyến sau buổi hướng dẫn ở tổ dân phố',
    summary: 'Câu chuyện của một người cao tuổi ở Hải Châu học dùng điện thoại thông minh để làm thủ tục.',
    body: '<p>Sau hai buổi hướng dẫn của Tổ công nghệ số cộng đồng, bà Lan đã tự đăng nhập VNeID và nộp hồ sơ xác nhận thông tin cư trú mà không cần con cháu giúp.</p><blockquote>Lúc đầu tôi sợ bấm nhầm, giờ thì thấy tiện, không phải xếp hàng nữa.</blockquote>',
    audiences: ['elderly', 'citizens'], areas: [6], tags: ['câu chuyện điển hình', 'người cao tuổi'], daysAgo: 8,
  },
  {
    kind: 'article', unit: KHCN, inColumn: true, title: 'Sở Khoa học và Công nghệ hỗ trợ doanh nghiệp nhỏ chuyển đổi số',
    summary: 'Gói tư vấn miễn phí giúp doanh nghiệp nhỏ và vừa đánh giá mức độ chuyển đổi số và chọn giải pháp phù hợp.',
    body: '<p>Doanh nghiệp đăng ký được chuyên gia khảo sát, đánh giá mức độ sẵn sàng chuyển đổi số và giới thiệu các nền tảng số Make in Việt Nam phù hợp với quy mô.</p>',
    audiences: ['businesses'], areas: [8], tags: ['doanh nghiệp', 'kinh tế số'], daysAgo: 38,
  },
  {
    kind: 'article', unit: KHCN, inColumn: true, title: 'Công bố danh sách sản phẩm Make in Đà Nẵng năm 2025',
    summary: 'Các sản phẩm, nền tảng số do doanh nghiệp Đà Nẵng phát triển được giới thiệu đến cơ quan, doanh nghiệp.',
    body: '<p>Danh sách gồm các nền tảng giáo dục, y tế, du lịch thông minh và quản trị doanh nghiệp do doanh nghiệp công nghệ của thành phố phát triển.</p>',
    audiences: ['businesses', 'officials'], areas: [8, 9], tags: ['Make in Đà Nẵng', 'doanh nghiệp'], daysAgo: 18,
  },
  {
    kind: 'article', unit: PRESS, inColumn: true, title: 'Chuyên mục "Chuyển đổi số" phát sóng hằng tuần trên sóng phát thanh, truyền hình',
    summary: 'Chuyên mục giới thiệu mô hình hay, giải đáp thắc mắc của người dân về dịch vụ số.',
    body: '<p>Chuyên mục phát sóng tối thứ Năm hằng tuần, đồng thời đăng tải trên nền tảng số của cơ quan báo chí.</p>',
    audiences: ['citizens'], areas: [2], tags: ['báo chí', 'chuyên mục'], daysAgo: 35,
  },
  {
    kind: 'article', unit: PRESS, inColumn: true, title: 'Cảnh giác với thủ đoạn giả danh cơ quan nhà nước qua điện thoại',
    summary: 'Nhiều người dân nhận cuộc gọi giả danh công an, yêu cầu cài ứng dụng lạ để "cập nhật định danh".',
    body: '<p>Công an thành phố khuyến cáo người dân không làm theo hướng dẫn qua điện thoại của người tự xưng là cán bộ; mọi thủ tục định danh điện tử thực hiện tại trụ sở Công an hoặc trên ứng dụng VNeID chính thức.</p>',
    audiences: ['citizens', 'elderly'], areas: [10], tags: ['an toàn trên mạng', 'lừa đảo'], daysAgo: 15,
  },
  {
    kind: 'article', unit: HAI_CHAU, inColumn: true, title: 'Phường Hải Châu ra mắt mô hình "Chợ 4.0" thanh toán bằng mã QR',
    summary: 'Tiểu thương chợ Hàn, chợ Cồn được hướng dẫn mở tài khoản và nhận tiền bằng mã QR.',
    body: '<p>Đoàn viên thanh niên phường phối hợp ngân hàng hỗ trợ tiểu thương in mã QR, hướng dẫn kiểm tra tiền đã nhận để tránh bị lừa bằng ảnh chụp chuyển khoản giả.</p>',
    audiences: ['businesses', 'citizens'], areas: [6, 8], tags: ['thanh toán số', 'mô hình'], daysAgo: 28,
  },
  {
    kind: 'article', unit: HAI_CHAU, inColumn: true, title: 'Hải Châu hoàn thành làm sạch dữ liệu dân cư trên địa bàn',
    summary: 'Dữ liệu dân cư được rà soát, bổ sung để phục vụ dịch vụ công trực tuyến.',
    body: '<p>Công an phường và các tổ dân phố rà soát từng hộ, cập nhật thông tin còn thiếu, bảo đảm dữ liệu "đúng, đủ, sạch, sống".</p>',
    audiences: ['citizens', 'officials'], areas: [3], tags: ['dữ liệu số'], daysAgo: 14,
  },
  {
    kind: 'article', unit: HAI_CHAU, inColumn: true, title: 'Lớp "Bình dân học vụ số" cho người cao tuổi phường Hải Châu',
    summary: 'Lớp học miễn phí buổi tối tại nhà văn hóa tổ dân phố, hướng dẫn dùng điện thoại thông minh.',
    body: '<p>Mỗi lớp 20 học viên, học bốn buổi: sử dụng Zalo an toàn, VNeID, thanh toán QR, gọi khám bệnh từ xa.</p>',
    audiences: ['elderly'], areas: [6], tags: ['kỹ năng số', 'người cao tuổi'], daysAgo: 5,
  },
  {
    kind: 'article', unit: THANH_KHE, inColumn: true, title: 'Thanh Khê: 100% tổ dân phố có nhóm Zalo kết nối với chính quyền',
    summary: 'Thông tin chính quyền đến từng hộ dân nhanh hơn qua nhóm Zalo tổ dân phố.',
    body: '<p>Các nhóm Zalo do tổ trưởng tổ dân phố quản lý, đăng thông báo, lịch tiêm chủng, hướng dẫn thủ tục và tiếp nhận phản ánh.</p>',
    audiences: ['citizens'], areas: [6], tags: ['mạng xã hội', 'mô hình'], daysAgo: 22,
  },
  {
    kind: 'article', unit: THANH_KHE, inColumn: true, title: 'Học sinh Thanh Khê thi tìm hiểu an toàn thông tin',
    summary: 'Cuộc thi trực tuyến thu hút hơn 2.000 học sinh tham gia tìm hiểu kỹ năng an toàn trên mạng.',
    body: '<p>Cuộc thi gồm ba vòng trắc nghiệm và một vòng xử lý tình huống, trang bị cho học sinh kỹ năng nhận diện tin giả và bảo vệ thông tin cá nhân.</p>',
    audiences: ['students'], areas: [11], tags: ['an toàn trên mạng', 'học sinh'], daysAgo: 10,
  },
  // Materials
  {
    kind: 'official_document', unit: CITY, title: 'Quyết định 2780/QĐ-UBND phê duyệt Đề án truyền thông chuyển đổi số',
    summary: 'Đề án truyền thông về chuyển đổi số trên địa bàn thành phố Đà Nẵng giai đoạn 2022–2025.',
    body: '<p>Văn bản gốc do UBND thành phố ban hành ngày 28/10/2022; xem toàn văn nội dung nhiệm vụ và phân công tại trang Đề án.</p>',
    audiences: ['officials', 'leaders'], areas: [1], tags: ['văn bản', 'Đề án'], daysAgo: 300,
  },
  {
    kind: 'handbook', unit: CITY, title: 'Sổ tay chuyển đổi số cho cán bộ cấp xã',
    summary: 'Những điều cán bộ, công chức cấp xã cần biết: chính quyền số, dữ liệu, dịch vụ công, an toàn thông tin.',
    body: '<p>Sổ tay gồm 6 chương, kèm các câu hỏi thường gặp khi hướng dẫn người dân.</p>',
    audiences: ['officials'], areas: [4], tags: ['sổ tay', 'cán bộ'], daysAgo: 120,
  },
  {
    kind: 'infographic', unit: CITY, title: 'Infographic: 9 chỉ tiêu của Đề án truyền thông chuyển đổi số',
    summary: 'Các chỉ tiêu đến năm 2025 trình bày trên một trang.',
    body: '<p>Dùng cho bảng tin cơ quan, trường học, nhà văn hóa khu dân cư.</p>',
    audiences: ['officials', 'citizens'], areas: [1], tags: ['infographic', 'chỉ tiêu'], daysAgo: 90,
  },
  {
    kind: 'video', unit: PRESS, title: 'Video: Ba phút cài đặt VNeID',
    summary: 'Clip hướng dẫn ngắn, phụ đề tiếng Việt, dùng được trên loa, màn hình, mạng xã hội.',
    body: '<p>Video hướng dẫn từng thao tác cài đặt và kích hoạt tài khoản định danh điện tử.</p>',
    audiences: ['citizens', 'elderly'], areas: [5], tags: ['VNeID', 'video'], daysAgo: 70,
  },
  {
    kind: 'key_message', unit: CITY, title: 'Thông điệp: "Chuyển đổi số — không ai bị bỏ lại phía sau"',
    summary: 'Thông điệp chủ đạo dùng trên pano, áp phích, băng rôn và mạng xã hội.',
    body: '<p>Chuyển đổi số là để người dân được phục vụ tốt hơn; mỗi người dân có một tài khoản định danh, biết dùng ít nhất một dịch vụ công trực tuyến.</p>',
    audiences: ['citizens'], areas: [1], tags: ['thông điệp'], daysAgo: 100,
  },
  {
    kind: 'key_message', unit: CITY, title: 'Thông điệp phát trên loa truyền thanh: Cảnh giác lừa đảo qua mạng',
    summary: 'Nội dung 60 giây để phát trên hệ thống loa truyền thanh cơ sở.',
    body: '<p>Không cung cấp mã OTP. Không bấm link lạ. Không chuyển tiền cho người lạ. Khi nghi ngờ, gọi ngay Công an phường, xã.</p>',
    audiences: ['citizens', 'elderly', 'ethnic_minorities'], areas: [10], tags: ['an toàn trên mạng', 'loa truyền thanh'], daysAgo: 25,
  },
  {
    kind: 'faq', unit: CITY, title: 'Hỏi – đáp: Tài khoản VNeID mức 1 và mức 2 khác nhau thế nào?',
    summary: 'Mức 2 được xác thực trực tiếp tại Công an và dùng được cho mọi dịch vụ công.',
    body: '<h2>Mức 1 là gì?</h2><p>Tự đăng ký trên ứng dụng, xác thực qua ảnh chân dung; dùng được một số dịch vụ.</p><h2>Mức 2 là gì?</h2><p>Đăng ký tại Công an, thu nhận vân tay; có giá trị như căn cước khi làm thủ tục.</p>',
    audiences: ['citizens'], areas: [5], tags: ['VNeID', 'hỏi đáp'], daysAgo: 55,
  },
  {
    kind: 'faq', unit: CITY, title: 'Hỏi – đáp: Nộp hồ sơ trực tuyến có phải đến nhận kết quả không?',
    summary: 'Kết quả được trả bản điện tử hoặc gửi qua bưu chính theo lựa chọn của người nộp.',
    body: '<p>Với thủ tục trực tuyến toàn trình, kết quả điện tử có giá trị pháp lý như bản giấy; người dân có thể chọn nhận bản giấy qua bưu chính công ích.</p>',
    audiences: ['citizens', 'businesses'], areas: [5], tags: ['dịch vụ công', 'hỏi đáp'], daysAgo: 48,
  },
];

const REFERENCE_DAY = Date.UTC(2025, 10, 20, 2, 0, 0);

export async function seedContentDemo(db: Queryable): Promise<{ inserted: number }> {
  const exists = await db.query('SELECT 1 FROM content_item WHERE is_demo LIMIT 1');
  if (exists.rowCount) return { inserted: 0 };
  const keys = [...new Set(ITEMS.map((i) => i.unit))];
  const { rows } = await db.query<{ id: string; external_key: string }>('SELECT id, external_key FROM org_unit WHERE external_key = ANY($1::text[])', [keys]);
  const idOf = new Map(rows.map((r) => [r.external_key, r.id]));
  const items = ITEMS.filter((i) => idOf.has(i.unit));
  if (items.length === 0) return { inserted: 0 };
  const bodies = items.map((i) => sanitizeRichText(i.body));
  const slugs = new Set<string>();
  const slugOf = (t: string) => {
    let s = slugify(t);
    while (slugs.has(s)) s = `${s}-2`;
    slugs.add(s);
    return s;
  };
  const r = await db.query(
    `INSERT INTO content_item (kind, title, slug, summary, body_html, body_text, unit_id, in_column, audiences, channels, task_areas, tags,
                               status, published_at, is_demo, created_at, updated_at)
     SELECT x.kind, x.title, x.slug, x.summary, x.body_html, x.body_text, x.unit_id, x.in_column,
            string_to_array(x.audiences, ','), coalesce(string_to_array(nullif(x.channels, ''), ','), '{}'), coalesce(string_to_array(nullif(x.areas, ''), ',')::int[], '{}'),
            string_to_array(x.tags, '|'), 'published', x.at, true, x.at, x.at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::boolean[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
         AS x(kind, title, slug, summary, body_html, body_text, unit_id, in_column, audiences, channels, areas, tags, at)`,
    [
      items.map((i) => i.kind),
      items.map((i) => i.title),
      items.map((i) => slugOf(i.title)),
      items.map((i) => `${i.summary} (dữ liệu mẫu)`),
      bodies.map((b) => b.html),
      bodies.map((b) => b.text),
      items.map((i) => idOf.get(i.unit)!),
      items.map((i) => Boolean(i.inColumn)),
      items.map((i) => i.audiences.join(',')),
      items.map((i) => (i.channels ?? []).join(',')),
      items.map((i) => (i.areas ?? []).join(',')),
      items.map((i) => i.tags.join('|')),
      items.map((i) => new Date(REFERENCE_DAY - i.daysAgo * 86_400_000)),
    ],
  );
  await db.query(
    `INSERT INTO content_version (item_id, version_no, data, created_by_name, created_at)
     SELECT id, 1, jsonb_build_object('title', title, 'summary', summary, 'bodyHtml', body_html, 'status', 'published'), 'Dữ liệu mẫu', created_at
       FROM content_item WHERE is_demo`,
  );
  return { inserted: r.rowCount ?? 0 };
}
