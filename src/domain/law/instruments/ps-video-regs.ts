import type { InstrumentDef } from '../schema.ts';
import { t } from '../../locale.ts';

/** PS Video Regs — 公共安全视频图像信息系统管理条例. Law text generated from shared/legal/brief.md; do not retype. */
export const psVideoRegs = {
  id: 'ps-video-regs',
  title: t('公共安全视频图像信息系统管理条例', 'Regulations on the Administration of Public Security Video Image Information Systems'),
  short: t('公共安全视频图像信息系统管理条例', 'PS Video Regs'),
  issuer: t('国务院', 'State Council'),
  docNumber: { text: '中华人民共和国国务院令第799号', verification: 'V2' },
  adopted: { date: '2024-12-16', verification: 'V2' },
  published: { date: '2025-01-13', verification: 'V2' },
  effective: { date: '2025-04-01', verification: 'V2' },
  status: 'in-force',
  rank: 'administrative-regulation',
  numbering: 'article',
  source: 'National Law and Regulation Database scrape record (Ansvar-Systems/chinese-law-mcp history), all articles; order text and arts 1–6 also in web copies, which match.',
  note: t('规范公共安全视频系统（监控视频）本身；在其上运行人脸识别的，还要遵守个人信息保护法和《人脸识别技术应用安全管理办法》。视频至少保存30日，而人脸信息只能保存最短必要时间，两者应分开管理。', 'Governs public-security video (CCTV) systems as such; face recognition running on them must also meet the PIPL and the FRM. Video must be kept at least 30 days, face information no longer than necessary: keep the two apart.'),
  articles: {
    '7': {
      num: '7',
      heading: t('公共安全视频系统的建设主体和场所', 'Who builds public-security video systems, and where'),
      substance: t('城乡主要路段、广场等公共场所的系统由县级以上地方政府组织建设；商贸中心、会展中心、旅游景区、文化体育娱乐场所、公园、公共停车场等人员聚集场所，机场、车站等交通枢纽，大中型公共交通工具和高速公路服务区等场所中涉及公共安全区域的系统，由负有经营管理责任的单位按标准建设，重点部位由政府有关部门指导确定。在这些场所安装图像采集设备必须是维护公共安全所必需，其他单位或个人不得安装。', 'Who builds CCTV, and where; installing it in these places must be necessary for public security.'),
      verification: 'V2',
      text: [
        { text: '城乡主要路段、行政区域道路边界、桥梁、隧道、地下通道、广场、治安保卫重点单位周边区域等公共场所的公共安全视频系统，由县级以上地方人民政府按照建设规划组织有关部门建设，纳入公共基础设施管理，建设、维护经费列入本级政府预算。' },
        {
          text: '下列公共场所涉及公共安全区域的公共安全视频系统，由对相应场所负有经营管理责任的单位按照相关标准建设，安装图像采集设备的重点部位由县级以上地方人民政府各有关部门按照职责分工指导确定：',
          items: [
            '（一）商贸中心、会展中心、旅游景区、文化体育娱乐场所、教育机构、医疗机构、政务服务大厅、公园、公共停车场等人员聚集场所；',
            '（二）出境入境口岸（通道）、机场、港口客运站、通航建筑物、铁路客运站、汽车客运站、城市轨道交通站等交通枢纽；',
            '（三）客运列车、营运载客汽车、城市轨道交通车辆、客运船舶等大中型公共交通工具；',
            '（四）高速公路、普通国省干线的服务区。',
          ],
        },
        { text: '在前两款规定的场所、区域内安装图像采集设备及相关设施，应当为维护公共安全所必需，除前两款规定的政府有关部门、负有经营管理责任的单位（以下统称公共安全视频系统管理单位）外，其他任何单位或者个人不得安装。' },
      ],
    },
    '8': {
      num: '8',
      heading: t('禁止安装图像采集设备的区域', 'Locations where cameras are banned'),
      substance: t('禁止在以下区域内部安装图像采集设备：旅馆、饭店、宾馆、招待所、民宿等的客房或包间；学生宿舍房间和单位内部住宿、休息房间；公共浴室、卫生间、更衣室、哺乳室、试衣间；其他安装后能拍摄、窥视、窃听他人隐私的区域。负责这些区域的单位或个人要日常管理和检查，发现违规安装的立即报告公安机关。', 'Banned locations: inside guest rooms and private dining rooms of hotels and guesthouses; dormitory and staff rest rooms; public bathrooms, toilets, changing rooms, nursing rooms and fitting rooms; anywhere cameras could film private life. Those who manage such places must check and report.'),
      verification: 'V2',
      text: [
        {
          text: '禁止在公共场所的下列区域、部位安装图像采集设备及相关设施：',
          items: [
            '（一）旅馆、饭店、宾馆、招待所、民宿等经营接待食宿场所的客房或者包间内部；',
            '（二）学生宿舍的房间内部，或者单位为内部人员提供住宿、休息服务的房间内部；',
            '（三）公共的浴室、卫生间、更衣室、哺乳室、试衣间的内部；',
            '（四）安装图像采集设备后能够拍摄、窥视、窃听他人隐私的其他区域、部位。',
          ],
        },
        { text: '对上述区域、部位负有经营管理责任的单位或者个人，应当加强日常管理和检查，发现在前款所列区域、部位安装图像采集设备及相关设施的，应当立即报告所在地公安机关处理。' },
      ],
    },
    '9': {
      num: '9',
      heading: t('其他公共场所', 'Other public places'),
      substance: t('在第七条以外的其他公共场所安装图像采集设备，必须是维护公共安全所必需，且只能由对该场所负有安全防范义务的单位或个人安装；除第十一条、第十四条、第十五条、第十六条第二款、第十七条的强制性要求外，要遵守本条例其他规定。', 'Other public places: only if necessary for public security and only by the party with the security duty; the regulation’s other rules apply, but not the mandatory requirements of arts 11, 14, 15, 16(2) and 17 (among them the police filing and the 30-day minimum retention).'),
      verification: 'V2',
      text: [
        { text: '在本条例第七条规定之外的其他公共场所安装图像采集设备及相关设施，应当为维护公共安全所必需，仅限于对该场所负有安全防范义务的单位或者个人安装，其他任何单位或者个人不得安装。' },
        { text: '依照前款规定安装图像采集设备及相关设施的，应当遵守本条例除第十一条、第十四条、第十五条、第十六条第二款、第十七条规定的强制性要求之外的其他各项规定。' },
      ],
    },
    '13': {
      num: '13',
      heading: t('安装位置、角度和提示标识', 'Position, angle and signs'),
      substance: t('要按维护公共安全所必需、注重保护隐私和个人信息的要求，合理确定设备的安装位置、角度和采集范围，并设置显著的提示标识；没有设置的，由公安机关责令改正。', 'Reasonable position, angle and capture range; prominent signs; police order a fix if missing.'),
      verification: 'V2',
      text: [
        { text: '公共安全视频系统管理单位应当按照维护公共安全所必需、注重保护个人隐私和个人信息权益的要求，合理确定图像采集设备的安装位置、角度和采集范围，并设置显著的提示标识。未设置显著提示标识的，由公安机关责令改正。' },
      ],
    },
    '14': {
      num: '14',
      heading: t('向县级公安机关备案', 'Filing with county-level police'),
      substance: t('系统投入使用之日起30日内，向所在地县级公安机关备案单位基本情况、建设位置、设备数量和类型、视频存储期限等；条例施行前已启用的，在施行之日起90日内备案；备案事项变化的及时变更，并对备案信息的真实性负责。', 'File with county-level police within 30 days of going live (systems already in use: within 90 days of 2025-04-01).'),
      verification: 'V2',
      text: [
        { text: '公共安全视频系统管理单位应当在系统投入使用之日起30日内，将单位基本情况、公共安全视频系统建设位置、图像采集设备数量及类型、视频图像信息存储期限等基本信息，向所在地县级人民政府公安机关备案。本条例施行前已经启用的，应当在本条例施行之日起90日内备案。公共安全视频系统备案事项发生变化的，应当及时办理备案变更。' },
        { text: '公共安全视频系统管理单位应当对备案信息的真实性负责。' },
        { text: '公安机关应当加强信息化建设，为公共安全视频系统管理单位办理备案提供便利，能够通过部门间信息共享获得的备案信息，不要求当事人提供。' },
      ],
    },
    '15': {
      num: '15',
      heading: t('运行安全；委托运营', 'Operational security; outsourced operation'),
      substance: t('管理单位要履行网络安全、数据安全和个人信息保护义务，建立管理制度，完善防攻击、防入侵、防病毒、防篡改、防泄露等技术措施，定期维护设备，保障系统安全运行和视频信息原始完整；委托他人运营的，要通过安全保密协议等约定这些义务并监督受托方。', 'Security duties; where operation is outsourced, a confidentiality agreement and supervision.'),
      verification: 'V2',
      text: [
        { text: '公共安全视频系统管理单位应当履行系统运行安全管理职责，履行网络安全、数据安全和个人信息保护义务，建立健全管理制度，完善防攻击、防入侵、防病毒、防篡改、防泄露等安全技术措施，定期维护设备设施，保障系统连续、稳定、安全运行，确保视频图像信息的原始完整。' },
        { text: '公共安全视频系统管理单位委托他人运营的，应当通过签订安全保密协议等方式，约定前款规定的网络安全、数据安全和个人信息保护义务并监督受托方履行。' },
      ],
    },
    '16': {
      num: '16',
      heading: t('防止滥用、泄露视频图像信息', 'Preventing misuse and leaks of footage'),
      substance: t('使用视频图像信息要依法保护国家秘密、商业秘密、个人隐私和个人信息，不得滥用、泄露；要对监看、管理等重要岗位人员进行入职审查、保密教育和培训，采取授权管理、访问控制等措施，并建立调用登记制度，如实记录查阅、调取的事由、内容和人员。', 'Access control, authorisation, vetting and training, and an access log for every viewing or export of footage.'),
      verification: 'V2',
      text: [
        { text: '公共安全视频系统管理单位使用视频图像信息，应当遵守法律法规，依法保护国家秘密、商业秘密、个人隐私和个人信息，不得滥用、泄露。' },
        {
          text: '公共安全视频系统管理单位应当采取下列措施，防止滥用、泄露视频图像信息：',
          items: [
            '（一）建立系统监看、管理等重要岗位人员的入职审查、保密教育、岗位培训等管理制度；',
            '（二）采取授权管理、访问控制等技术措施，严格规范内部人员对视频图像信息的查阅、处理；',
            '（三）建立信息调用登记制度，如实记录查阅、调取视频图像信息的事由、内容及调用人员的单位、姓名等信息；',
            '（四）其他防止滥用、泄露视频图像信息的措施。',
          ],
        },
      ],
    },
    '17': {
      num: '17',
      heading: t('视频图像信息的保存期限', 'Retention of video footage'),
      substance: t('视频图像信息至少保存30日；30日后，对已经实现处理目的的要删除。法律、行政法规另有规定的，按其规定。', 'Keep video at least 30 days; after that, delete footage whose purpose has been achieved.'),
      verification: 'V2',
      text: [
        { text: '公共安全视频系统收集的视频图像信息应当保存不少于30日；30日后，对已经实现处理目的的视频图像信息，应当予以删除。法律、行政法规对视频图像信息保存期限另有规定的，从其规定。' },
      ],
    },
    '22': {
      num: '22',
      heading: t('公开传播时的保护', 'Protection when footage is published'),
      substance: t('视频图像信息依法用于公开传播、可能损害他人合法权益的，要对人脸、机动车号牌等敏感个人信息以及组织名称、营业执照等信息采取严格保护措施。', 'Strict protection of faces and similar sensitive PI when footage is lawfully published.'),
      verification: 'V2',
      text: [
        { text: '公共安全视频系统收集的视频图像信息被依法用于公开传播，可能损害个人、组织合法权益的，应当对涉及的人脸、机动车号牌等敏感个人信息，以及法人、非法人组织的名称、营业执照等信息采取严格保护措施。' },
      ],
    },
    '26': {
      num: '26',
      heading: t('违规安装的处罚', 'Penalty for unauthorised installation'),
      substance: t('违反第七条第三款、第九条第一款安装图像采集设备的，由公安机关责令限期改正并删除所收集的信息；拒不改正的，没收设备，对个人处5000元以下罚款，对单位处2万元以下罚款，对直接责任人员处5000元以下罚款。', 'Penalty for installing cameras without authority (arts 7(3), 9(1)): the police order correction within a time limit and deletion of the footage; on refusal, confiscation of the equipment and fines of up to RMB 5,000 for individuals, up to RMB 20,000 for organisations and up to RMB 5,000 for responsible persons.'),
      verification: 'V2',
      text: [
        { text: '违反本条例第七条第三款、第九条第一款规定安装图像采集设备及相关设施的，由公安机关责令限期改正，并删除所收集的视频图像信息；拒不改正的，没收相关设备设施，对违法个人并处5000元以下罚款，对违法单位并处2万元以下罚款，对其直接负责的主管人员和其他直接责任人员处5000元以下罚款。' },
      ],
    },
    '27': {
      num: '27',
      heading: t('在禁止区域安装的处罚', 'Penalty for cameras in banned locations'),
      substance: t('在第八条禁止的区域安装的，由公安机关没收设备、删除信息，对个人处5000元以上1万元以下罚款，对单位处1万元以上2万元以下罚款，对直接责任人员处5000元以上1万元以下罚款；偷窥、偷拍、窃听隐私的，依法给予治安处罚或追究刑事责任。负责相关区域的单位或个人不履行日常管理和检查义务的，责令改正；拒不改正或造成严重后果的，处以罚款，并通报主管部门责令暂停业务、停业整顿、吊销许可或营业执照。', 'Penalty for cameras in banned private locations: confiscation, deletion, fines (organisations RMB 10,000–20,000); managers who fail to check are also fined, and the business may be suspended or its licence revoked.'),
      verification: 'V2',
      text: [
        { text: '违反本条例第八条第一款规定安装图像采集设备及相关设施的，由公安机关没收相关设备设施，删除所收集的视频图像信息，对违法个人并处5000元以上1万元以下罚款，对违法单位并处1万元以上2万元以下罚款，对其直接负责的主管人员和其他直接责任人员处5000元以上1万元以下罚款；偷窥、偷拍、窃听他人隐私，构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。' },
        { text: '对相应区域、部位负有经营管理责任的单位或者个人未履行本条例第八条第二款规定的日常管理和检查义务的，由公安机关责令改正；拒不改正或者造成严重后果的，对违法个人处5000元以上1万元以下罚款，对违法单位处1万元以上2万元以下罚款，对其直接负责的主管人员和其他直接责任人员处5000元以上1万元以下罚款，并通报有关主管部门根据情节轻重责令暂停相关业务或者停业整顿、吊销相关业务许可或者吊销营业执照。' },
      ],
    },
    '29': {
      num: '29',
      heading: t('未备案的处罚', 'Penalty for failing to file'),
      substance: t('未按第十四条备案或提供虚假备案信息的，由公安机关责令限期改正；拒不改正的，处1万元以下罚款。', 'Failure to file under art. 14, or false filing information: the police order correction within a time limit; on refusal, a fine of up to RMB 10,000.'),
      verification: 'V2',
      text: [
        { text: '未依照本条例第十四条规定备案或者提供虚假备案信息的，由公安机关责令限期改正；拒不改正的，处1万元以下罚款。' },
      ],
    },
    '31': {
      num: '31',
      heading: t('违反个人信息保护等义务的处罚', 'Penalties for data and PI breaches'),
      substance: t('未履行网络安全、数据安全和个人信息保护义务，或非法对外提供、公开传播视频图像信息的，依照网络安全法、数据安全法、个人信息保护法处罚；构成违反治安管理行为或犯罪的，依法追究。', 'PI, data and network-security breaches are punished under the CSL, DSL and PIPL.'),
      verification: 'V2',
      text: [
        { text: '违反本条例规定，未履行网络安全、数据安全和个人信息保护义务，或者非法对外提供、公开传播视频图像信息的，依照《中华人民共和国网络安全法》、《中华人民共和国数据安全法》、《中华人民共和国个人信息保护法》的规定给予处罚；构成违反治安管理行为的，依法给予治安管理处罚；构成犯罪的，依法追究刑事责任。' },
      ],
    },
    '33': {
      num: '33',
      heading: t('非公共场所', 'Non-public places'),
      substance: t('在非公共场所安装图像采集设备，不得危害公共安全或侵犯他人合法权益，不得非法对外提供或公开传播涉及公共安全、个人隐私和个人信息的视频图像；违反的按第三十一条处罚。', "Non-public places: no harm to public security or others' rights; no illegal provision or publication of footage."),
      verification: 'V2',
      text: [
        { text: '在非公共场所安装图像采集设备及相关设施，不得危害公共安全或者侵犯他人的合法权益，对收集到的涉及公共安全、个人隐私和个人信息的视频图像信息，不得非法对外提供或者公开传播。' },
        { text: '违反前款规定的，依照本条例第三十一条规定给予处罚。' },
      ],
    },
  },
} as const satisfies InstrumentDef;
