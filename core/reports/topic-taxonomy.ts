/**
 * Default topic taxonomy (domain-vi §5): groups with two-letter codes, sub-topics with a
 * two-digit suffix. It is only the starting data — provinces add seasonal topics as rows.
 * Tuples: [code, Vietnamese name, English name].
 */
type Entry = readonly [string, string, string];

export const DEFAULT_TAXONOMY: readonly { group: Entry; children: readonly Entry[] }[] = [
  {
    group: ['CT', 'Chính trị – xây dựng Đảng', 'Politics and Party building'],
    children: [
      ['CT01', 'Hội nghị Trung ương, nghị quyết', 'Central Committee plenums and resolutions'],
      ['CT02', 'Đại hội Đảng các cấp, góp ý dự thảo văn kiện', 'Party congresses and draft documents'],
      ['CT03', 'Kỳ họp Quốc hội, HĐND', 'National Assembly and People’s Council sessions'],
      ['CT04', 'Bầu cử', 'Elections'],
      ['CT05', 'Tinh gọn bộ máy, sắp xếp đơn vị hành chính, chính quyền 2 cấp', 'Streamlining, administrative mergers, two-tier government'],
      ['CT06', 'Phòng, chống tham nhũng, tiêu cực', 'Anti-corruption'],
      ['CT07', 'Công tác cán bộ', 'Personnel work'],
      ['CT08', 'Bảo vệ nền tảng tư tưởng của Đảng', 'Protecting the Party’s ideological foundation'],
    ],
  },
  {
    group: ['DN', 'Đối ngoại – quốc tế', 'Foreign affairs and world events'],
    children: [
      ['DN01', 'Hoạt động đối ngoại', 'Foreign relations'],
      ['DN02', 'Tình hình thế giới, khu vực', 'World and regional situation'],
    ],
  },
  {
    group: ['CQ', 'Chủ quyền, biên giới, biển đảo', 'Sovereignty, borders, sea and islands'],
    children: [
      ['CQ01', 'Biển Đông, biển đảo', 'East Sea, sea and islands'],
      ['CQ02', 'Biên giới, lãnh thổ', 'Borders and territory'],
    ],
  },
  {
    group: ['KT', 'Kinh tế', 'Economy'],
    children: [
      ['KT01', 'Giá cả, thị trường, xăng dầu', 'Prices, markets, fuel'],
      ['KT02', 'Việc làm, thu nhập', 'Jobs and income'],
      ['KT03', 'Sản xuất, doanh nghiệp', 'Production and business'],
      ['KT04', 'Nông nghiệp', 'Agriculture'],
      ['KT05', 'Dự án đầu tư', 'Investment projects'],
      ['KT06', 'Tài chính, tín dụng, thuế phí', 'Finance, credit, taxes and fees'],
      ['KT07', 'Kết quả phát triển kinh tế – xã hội của địa phương', 'Local socio-economic results'],
    ],
  },
  {
    group: ['DD', 'Đất đai – tài nguyên – môi trường', 'Land, resources, environment'],
    children: [
      ['DD01', 'Thu hồi đất, bồi thường, GPMB, tái định cư', 'Land acquisition, compensation, resettlement'],
      ['DD02', 'Quy hoạch', 'Planning'],
      ['DD03', 'Ô nhiễm môi trường', 'Pollution'],
      ['DD04', 'Khai thác tài nguyên', 'Resource extraction'],
    ],
  },
  {
    group: ['YT', 'Y tế', 'Healthcare'],
    children: [
      ['YT01', 'Giá dịch vụ y tế, thuốc', 'Medical fees and medicines'],
      ['YT02', 'Dịch bệnh', 'Epidemics'],
      ['YT03', 'An toàn thực phẩm', 'Food safety'],
    ],
  },
  {
    group: ['GD', 'Giáo dục – đào tạo', 'Education and training'],
    children: [
      ['GD01', 'Thi cử', 'Examinations'],
      ['GD02', 'Năm học mới, học phí', 'School year and tuition'],
      ['GD03', 'Bạo lực học đường', 'School violence'],
    ],
  },
  {
    group: ['XH', 'An sinh – xã hội – văn hóa', 'Social security, society, culture'],
    children: [
      ['XH01', 'An sinh xã hội, bảo hiểm xã hội', 'Social welfare and social insurance'],
      ['XH02', 'Văn hóa, lễ hội', 'Culture and festivals'],
      ['XH03', 'Xâm hại trẻ em, bạo lực gia đình', 'Child abuse, domestic violence'],
      ['XH04', 'Tệ nạn xã hội', 'Social vices'],
    ],
  },
  {
    group: ['AN', 'An ninh – trật tự – an toàn', 'Security, public order, safety'],
    children: [
      ['AN01', 'Tội phạm, tín dụng đen', 'Crime, loan sharking'],
      ['AN02', 'Lừa đảo công nghệ cao', 'Online fraud'],
      ['AN03', 'Trật tự an toàn giao thông', 'Traffic safety'],
      ['AN04', 'Cháy nổ, pháo nổ', 'Fires and explosions'],
      ['AN05', 'Ma túy', 'Drugs'],
    ],
  },
  {
    group: ['TD', 'Tôn giáo – dân tộc', 'Religion and ethnic affairs'],
    children: [
      ['TD01', 'Tôn giáo, "đạo lạ"', 'Religion, unrecognised new religions'],
      ['TD02', 'Đồng bào dân tộc thiểu số', 'Ethnic minorities'],
    ],
  },
  {
    group: ['TT', 'Thiên tai – sự cố', 'Natural disasters and incidents'],
    children: [
      ['TT01', 'Bão, lũ, sạt lở', 'Storms, floods, landslides'],
      ['TT02', 'Hạn hán, thiếu nước', 'Drought, water shortage'],
      ['TT03', 'Sự cố môi trường, công trình', 'Environmental or construction incidents'],
    ],
  },
  {
    group: ['PL', 'Pháp luật – chính sách – hành chính', 'Law, policy, administration'],
    children: [
      ['PL01', 'Dự thảo luật, lấy ý kiến', 'Draft laws and consultations'],
      ['PL02', 'Thực thi chính sách', 'Policy implementation'],
      ['PL03', 'Cải cách hành chính, dịch vụ công, VNeID', 'Administrative reform, public services, VNeID'],
    ],
  },
  {
    group: ['KN', 'Khiếu nại – tố cáo', 'Complaints and denunciations'],
    children: [
      ['KN01', 'Khiếu kiện đông người', 'Mass complaints'],
      ['KN02', 'Đơn thư vượt cấp', 'Petitions bypassing levels'],
    ],
  },
  {
    group: ['MX', 'Không gian mạng', 'Cyberspace'],
    children: [
      ['MX01', 'Tin đồn, tin giả', 'Rumours and fake news'],
      ['MX02', 'Thông tin xấu độc, xuyên tạc', 'Hostile or distorted information'],
    ],
  },
  {
    group: ['SK', 'Sự kiện – ngày lễ – kỷ niệm', 'Events, holidays, anniversaries'],
    children: [
      ['SK01', 'Tết Nguyên đán', 'Lunar New Year'],
      ['SK02', 'Các ngày lễ lớn (3/2, 30/4, 19/5, 27/7, 2/9)', 'National holidays'],
      ['SK03', 'Ngày kỷ niệm của địa phương', 'Local anniversaries'],
    ],
  },
  {
    group: ['DH', 'Điển hình – cách làm mới', 'Good examples and new practices'],
    children: [
      ['DH01', 'Gương người tốt, việc tốt', 'Good deeds'],
      ['DH02', 'Phong trào thi đua', 'Emulation movements'],
    ],
  },
  { group: ['KH', 'Vấn đề khác', 'Other issues'], children: [] },
];

/** The code every issue falls back to when no taxonomy is loaded. */
export const FALLBACK_TOPIC = 'KH';
