/**
 * Real enforcement cases and judgments from the legal brief §2, for the guidance pages. Each carries its source
 * and verification tag exactly as the brief records them; facts are summarised in this tool's words.
 */
import type { Verification } from './law/schema.ts';
import { t, type Localized } from './locale.ts';

export interface CaseRecord {
  readonly id: string;
  /** Matches a scenario fixture id where one exists. */
  readonly scenario?: string;
  readonly name: Localized;
  readonly body: Localized;
  readonly date: string;
  /** What happened on that date (a judgment, a filing, a case opened…): the brief's dates are not all judgments. */
  readonly dateIs: Localized;
  readonly facts: Localized;
  readonly outcome: Localized;
  readonly source: string;
  readonly verification: Verification;
  readonly venues: readonly string[];
  readonly rows: readonly string[];
  /** Anything a reader must know before relying on it. */
  readonly note?: Localized;
}

export const CASES: readonly CaseRecord[] = [
  {
    id: 'hangzhou-safari-park',
    scenario: 'hangzhou-safari-park',
    name: t('郭兵诉杭州野生动物世界有限公司服务合同纠纷', 'Guo Bing v. Hangzhou Safari Park (service contract dispute)'),
    body: t('杭州市富阳区人民法院；杭州市中级人民法院（二审）', 'Hangzhou Fuyang District People’s Court; Hangzhou Intermediate People’s Court (appeal)'),
    date: '2020-11-20',
    dateIs: t('一审判决', 'first-instance judgment'),
    facts: t('年卡持有人入园原为指纹加卡片，园方以短信通知改为刷脸，不开通就不能入园；持卡人拒绝并要求退款。', 'Annual-pass holders entered by card and fingerprint; the park announced by SMS that entry would switch to face recognition and that holders who did not activate it could not enter. A holder refused and asked for a refund.'),
    outcome: t('一审判令赔偿1038元并删除办卡时提交的面部信息；二审维持并增加删除指纹信息。判决早于《个人信息保护法》，依据合同法和消费者权益保护法，仅作示例。', 'First instance: RMB 1,038 and deletion of the facial information submitted at registration; the appeal upheld this and added deletion of the fingerprint data. The judgments predate the PIPL and rest on contract and consumer law — an illustration, not an application of the PIPL.'),
    source: '(2019)浙0111民初6971号 [V2]; second instance 2021-04-09 [S]; brief §2.1',
    verification: 'V2',
    venues: ['scenic-area', 'gym'],
    rows: ['FR-04', 'FR-05', 'FR-02', 'FR-03', 'FR-11', 'FR-12', 'FR-33'],
    note: t('二审案号未经核实。', 'The second-instance case number is unverified.'),
  },
  {
    id: 'huzhou-scenic-area',
    scenario: 'huzhou-scenic-area',
    name: t('湖州市某景区（寻梦古镇）人脸信息民事公益诉讼检察建议', 'Huzhou scenic area (Xunmeng Ancient Town): civil public-interest procuratorial recommendation'),
    body: t('浙江省、湖州市和南浔区人民检察院', 'Zhejiang, Huzhou and Nanxun District People’s Procuratorates'),
    date: '2021-11-03',
    dateIs: t('检察机关开始调查', 'investigation opened'),
    facts: t('购票时必须采集人脸，窗口和自助机都是如此，没有告知；系统由承包商建设管理；采集的人脸没有定期删除。', 'Face capture was a mandatory step in buying a ticket, at windows and machines alike, with no notice; a contractor built and ran the system; faces were not periodically deleted.'),
    outcome: t('检察机关向经营者发出民事公益诉讼检察建议，现场监督删除人脸数据；整改后游客可选择人脸、身份证或二维码入园。', 'Prosecutors issued a civil public-interest recommendation and supervised deletion on site; after rectification visitors could choose face, ID card or QR code.'),
    source: 'procurators’ article (zgkjsz.com, 2023); fx361 report 2022-06 [S]; brief §2.2',
    verification: 'S',
    venues: ['scenic-area'],
    rows: ['FR-04', 'FR-05', 'FR-09', 'FR-11', 'FR-12', 'FR-23', 'FR-15'],
    note: t('“删除120万条记录”的数字未经核实。', 'The figure of "1.2 million records deleted" is unverified.'),
  },
  {
    id: 'chongqing-fuling-cableway',
    scenario: 'chongqing-fuling-cableway',
    name: t('重庆市涪陵区M景区索道人脸识别案', 'Chongqing Fuling “M scenic area” cableway case'),
    body: t('重庆市涪陵区人民检察院', 'Fuling District People’s Procuratorate, Chongqing'),
    date: '2023-05-15',
    dateIs: t('发出检察建议', 'recommendation issued'),
    facts: t('12台设备将人脸识别作为购买和乘坐索道的唯一凭证，没有告知；收集了40多万条人脸信息，经互联网传到服务器且从未删除；没有应急预案。', 'Twelve devices made face recognition the only credential for buying and riding the cableway, without notice; over 400,000 face records were sent over the internet to servers and never deleted; there was no incident plan.'),
    outcome: t('检察院向区网信办发出行政公益诉讼检察建议；网信办开展漏洞扫描并责令整改。', 'The procuratorate sent an administrative public-interest recommendation to the district cyberspace office, which ran vulnerability scans and ordered rectification.'),
    source: '检察日报 (jcrb.com) 2025-05-29 [S]; brief §2.3',
    verification: 'S',
    venues: ['scenic-area', 'transport-hub'],
    rows: ['FR-05', 'FR-13', 'FR-11', 'FR-29', 'FR-09'],
  },
  {
    id: 'shanghai-putuo-supermarket',
    scenario: 'shanghai-putuo-supermarket',
    name: t('上海市普陀区超市人脸识别案', 'Shanghai Putuo supermarkets face-recognition case'),
    body: t('上海市普陀区人民检察院；上海市普陀区市场监督管理局', 'Putuo District People’s Procuratorate; Putuo District Administration for Market Regulation'),
    date: '2023-03-24',
    dateIs: t('市场监管部门立案', 'case opened by the market regulator'),
    facts: t('超市出入口摄像头抓拍人脸，单套设备每天抓拍3000多张，累计20多万张；后台分析年龄、性别、情绪和到访次数，部分顾客被标记为“小偷”“枪手”；顾客并不知情。', 'Cameras at supermarket entrances captured faces — over 3,000 a day for one set, over 200,000 in all; the back end analysed age, gender, mood and visit counts, and some customers were tagged as "thief" or "professional claimant", without their knowledge.'),
    outcome: t('检察机关督促拆除具备人脸识别功能的摄像头；普陀区市场监督管理局以未经同意、未告知违反《消费者权益保护法》第二十九条第一款为由，依照第五十六条第一款第（九）项对上海洳娟实业有限公司处警告并罚款3000元。', 'Prosecutors urged removal of the face-capable cameras; for breaching Consumer Law art. 29(1) (no consent, no notice), the Putuo market regulator gave 上海洳娟实业有限公司 a warning and a RMB 3,000 fine under art. 56(1)(9).'),
    source: '新民晚报, 周到上海 (2023-03); 澎湃新闻 via finance.sina.cn (published 2024-03-14) [S]; brief §2.4',
    verification: 'S',
    venues: ['retail'],
    rows: ['FR-06', 'FR-07', 'FR-08', 'FR-21', 'FR-22', 'FR-24', 'FR-26', 'FR-15'],
  },
  {
    id: 'tianjin-property',
    scenario: 'tianjin-property',
    name: t('顾某诉兰州城关物业服务集团有限公司及其天津分公司', '顾某 v. Lanzhou Chengguan Property Services Group and its Tianjin branch'),
    body: t('天津市第一中级人民法院（二审）', 'Tianjin No. 1 Intermediate People’s Court (appeal)'),
    date: '2022-05-18',
    dateIs: t('二审判决', 'appeal judgment'),
    facts: t('该楼宇只能刷脸进入，读卡器存在但不发卡；住户多次要求删除人脸信息并提供其他方式，被拒绝。', 'The building admitted people by face only; a card reader existed but no cards were issued; the occupant’s repeated requests for deletion and another way in were refused.'),
    outcome: t('一审驳回；二审改判物业删除其人脸信息并提供其他验证方式，适用最高人民法院司法解释第十条。', 'Dismissed at first instance; on appeal the property company was ordered to delete his face data and provide another verification method, applying SPC Provisions art. 10.'),
    source: '澎湃新闻; 南方都市报; 封面新闻 [S]; brief §2.5',
    verification: 'S',
    venues: ['residential', 'office'],
    rows: ['FR-05', 'FR-04', 'FR-12', 'FR-02'],
    note: t('二审案号未经核实。', 'The appeal case number is unverified.'),
  },
  {
    id: 'guangzhou-spoofing',
    scenario: 'guangzhou-spoofing',
    name: t('广州市越秀区人民检察院诉郑某等4人个人信息保护民事公益诉讼', 'Yuexiu District Procuratorate v. 郑某 and three others (PI protection public-interest suit)'),
    body: t('广州互联网法院', 'Guangzhou Internet Court'),
    date: '2022-01-11',
    dateIs: t('检察院提起诉讼（判决日期未核实）', 'suit filed by the procuratorate (judgment date unverified)'),
    facts: t('被告买卖高清身份证照片，制作伪造的“动态人脸视频”解封账号、通过实名核验。这不是场所案件，而是关于活体检测和防伪的安全案例。', 'The defendants traded high-resolution ID photos and made fake "live" face videos to unlock accounts and pass real-name checks. Not a venue case: a security case about liveness and anti-spoofing.'),
    outcome: t('判令注销账号、赔偿公益损害（郑某13000元，其余三人各30000元）、在省级媒体公开道歉，并在一年内以公益宣传等方式“行为补偿”。', 'Ordered to close accounts, pay public-interest damages (RMB 13,000 and RMB 30,000 each), apologise in provincial media and make "behavioural compensation" through a year of PI-protection education.'),
    source: '广州日报; bjmtls.com summary [S]; brief §2.6',
    verification: 'S',
    venues: ['hotel', 'transport-hub'],
    rows: ['FR-28', 'FR-29', 'FR-25'],
    note: t('判决日期和案号未经核实。', 'The judgment date and case number are unverified.'),
  },
];

export function casesFor(venueType: string): CaseRecord[] {
  return CASES.filter((c) => c.venues.includes(venueType));
}
