/**
 * What the demo month talks about: issues typical of a province in 2025–2026 (administrative
 * mergers, land compensation, prices, school fees, hospitals, online fraud), opinions by group,
 * and hot spots with coordinates around the demo province (Bình Dương area).
 */
export const DEMO_COLLABORATORS = [
  { name: 'CTV ấp Bình Đáng (demo)', unit: 'DEMO-XA-AB', stratum: 'nong_dan' },
  { name: 'CTV khu phố Tân Thắng (demo)', unit: 'DEMO-XA-AB', stratum: 'cong_nhan' },
  { name: 'CTV Hội Cựu chiến binh An Bình (demo)', unit: 'DEMO-XA-AB', stratum: 'huu_tri_ccb' },
  { name: 'CTV khu phố 3 Phú Lợi (demo)', unit: 'DEMO-PH-PL', stratum: 'cbccvc' },
  { name: 'CTV chợ Phú Lợi (demo)', unit: 'DEMO-PH-PL', stratum: 'doanh_nhan' },
  { name: 'CTV Đoàn Thanh niên phường (demo)', unit: 'DEMO-PH-PL', stratum: 'thanh_nien' },
  { name: 'CTV Hội Liên hiệp Phụ nữ tỉnh (demo)', unit: 'DEMO-MTTQ', stratum: 'nhan_dan' },
  { name: 'CTV Liên đoàn Lao động tỉnh (demo)', unit: 'DEMO-MTTQ', stratum: 'cong_nhan' },
] as const;

export interface DemoIssue {
  topic: string;
  title: string;
  summary: string;
  streams: [stance: string, prevalence: string, group: string, content: string][];
}

export const DEMO_ISSUES: DemoIssue[] = [
  {
    topic: 'CT05',
    title: 'Sắp xếp đơn vị hành chính cấp xã',
    summary: 'Nhân dân quan tâm việc đổi tên xã, thủ tục cập nhật giấy tờ sau sắp xếp và vị trí trụ sở mới.',
    streams: [
      ['dong_tinh', 'da_so', 'cbccvc', 'Đa số cán bộ, công chức đồng tình, cho rằng bộ máy gọn hơn, giảm đầu mối.'],
      ['ban_khoan', 'mot_bo_phan', 'huu_tri_ccb', 'Một bộ phận cán bộ hưu trí băn khoăn việc đi lại xa khi trụ sở xã chuyển về trung tâm mới.'],
    ],
  },
  {
    topic: 'DD01',
    title: 'Bồi thường giải phóng mặt bằng dự án mở rộng đường ĐT743',
    summary: 'Một số hộ dân chưa đồng thuận với đơn giá bồi thường đất nông nghiệp và tiến độ bố trí tái định cư.',
    streams: [
      ['trai_chieu', 'mot_so', 'nong_dan', 'Một số hộ nông dân cho rằng đơn giá bồi thường thấp hơn giá thị trường.'],
      ['de_xuat', 'nhieu_y_kien', 'nhan_dan', 'Nhiều ý kiến đề nghị công khai phương án bồi thường và tổ chức đối thoại tại khu phố.'],
    ],
  },
  {
    topic: 'KT01',
    title: 'Giá điện sinh hoạt tăng',
    summary: 'Sau đợt điều chỉnh giá điện, người dân phản ánh hóa đơn tháng tăng so với cùng kỳ.',
    streams: [
      ['ban_khoan', 'so_dong', 'cong_nhan', 'Số đông công nhân thuê trọ lo ngại chủ nhà trọ thu tiền điện cao hơn giá quy định.'],
      ['trung_lap', 'mot_bo_phan', 'cbccvc', 'Một bộ phận hiểu việc điều chỉnh giá theo lộ trình nhưng mong có hỗ trợ hộ nghèo.'],
    ],
  },
  {
    topic: 'GD02',
    title: 'Các khoản thu đầu năm học',
    summary: 'Phụ huynh phản ánh một số khoản thu ngoài học phí tại trường tiểu học chưa được giải thích rõ.',
    streams: [['ban_khoan', 'nhieu_y_kien', 'nhan_dan', 'Nhiều phụ huynh đề nghị nhà trường công khai các khoản thu thỏa thuận.']],
  },
  {
    topic: 'YT01',
    title: 'Quá tải tại bệnh viện đa khoa tỉnh',
    summary: 'Người bệnh phải chờ lâu khi khám bảo hiểm y tế; thiếu một số loại thuốc thông thường.',
    streams: [
      ['trai_chieu', 'mot_bo_phan', 'nhan_dan', 'Một bộ phận nhân dân không hài lòng với thời gian chờ khám.'],
      ['de_xuat', 'mot_so', 'cbccvc', 'Một số ý kiến đề nghị mở rộng đặt lịch khám trực tuyến.'],
    ],
  },
  {
    topic: 'AN02',
    title: 'Lừa đảo qua mạng giả danh cán bộ thuế',
    summary: 'Xuất hiện các cuộc gọi giả danh cơ quan thuế yêu cầu cài ứng dụng để "cập nhật mã số thuế".',
    streams: [['de_xuat', 'da_so', 'thanh_nien', 'Đa số đoàn viên đề nghị tăng cường tuyên truyền trên mạng xã hội và loa phát thanh.']],
  },
];

export const DEMO_HOT_SPOTS = [
  {
    category: 'khieu_kien',
    severity: 4,
    unit: 'DEMO-XA-AB',
    lat: 10.9043,
    lng: 106.7652,
    place: 'Trụ sở UBND xã An Bình',
    people: 50,
    text: 'Khoảng 50 hộ dân tập trung đề nghị đối thoại về giá bồi thường dự án ĐT743.',
  },
  {
    category: 'dat_dai',
    severity: 3,
    unit: 'DEMO-XA-AB',
    lat: 10.9121,
    lng: 106.7488,
    place: 'Khu phố Bình Đáng',
    people: 10,
    text: 'Tranh chấp ranh giới đất giữa hai hộ, có lời qua tiếng lại.',
  },
  {
    category: 'lao_dong',
    severity: 3,
    unit: 'DEMO-PH-PL',
    lat: 10.9912,
    lng: 106.6741,
    place: 'Công ty may Phú Lợi',
    people: 200,
    text: 'Công nhân ngừng việc tập thể phản đối chậm trả lương tháng.',
  },
  {
    category: 'moi_truong',
    severity: 2,
    unit: 'DEMO-PH-PL',
    lat: 10.9858,
    lng: 106.6822,
    place: 'Kênh Ông Đành',
    people: 10,
    text: 'Người dân phản ánh mùi hôi từ kênh thoát nước sau mưa.',
  },
  {
    category: 'tin_don',
    severity: 2,
    unit: 'DEMO-MTTQ',
    lat: 10.9804,
    lng: 106.6519,
    place: 'Mạng xã hội',
    people: 1,
    text: 'Tin đồn sai sự thật về việc giải thể trường học sau sáp nhập xã.',
  },
  {
    category: 'an_ninh_trat_tu',
    severity: 1,
    unit: 'DEMO-PH-PL',
    lat: 10.9967,
    lng: 106.6598,
    place: 'Chợ Phú Lợi',
    people: 10,
    text: 'Nhóm thanh niên tụ tập gây mất trật tự vào ban đêm.',
  },
  {
    category: 'thien_tai_dich_benh',
    severity: 2,
    unit: 'DEMO-XA-AB',
    lat: 10.8976,
    lng: 106.7715,
    place: 'Ấp Tân Thắng',
    people: 50,
    text: 'Mưa lớn gây ngập cục bộ, một số hộ phải di dời tài sản.',
  },
  {
    category: 'cho_kinh_doanh',
    severity: 1,
    unit: 'DEMO-PH-PL',
    lat: 10.9889,
    lng: 106.6703,
    place: 'Chợ Phú Lợi',
    people: 10,
    text: 'Tiểu thương phản đối tăng phí thuê sạp.',
  },
] as const;
