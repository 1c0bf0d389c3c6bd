import { describe, expect, it } from 'vitest';
import { languageRuns } from './language-runs.ts';

describe('runs of the other language', () => {
  it('marks Chinese names inside English text', () => {
    expect(languageRuns('顾某 v. Lanzhou Chengguan Property', 'en')).toEqual([{ text: '顾某 ', lang: 'zh-CN' }, { text: 'v. Lanzhou Chengguan Property' }]);
    expect(languageRuns('lists 生物识别信息 (biometric information)', 'en')).toEqual([{ text: 'lists ' }, { text: '生物识别信息 (', lang: 'zh-CN' }, { text: 'biometric information)' }]);
  });

  it('marks English runs inside Chinese text, and leaves text of one language whole', () => {
    expect(languageRuns('新民晚报, 周到上海 (2023-03); 澎湃新闻 via finance.sina.cn', 'zh-CN').filter((r) => r.lang).map((r) => r.text)).toEqual(['via finance.sina.cn']);
    expect(languageRuns('个人信息保护法', 'zh-CN')).toEqual([{ text: '个人信息保护法' }]);
  });
});
