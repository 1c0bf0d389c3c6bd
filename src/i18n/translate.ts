/** Both languages' UI strings, registered up front: for the static pages, the CLI, the PDF and Word makers. */
import { registerMessages } from './core.ts';
import { en } from './ui.en.ts';
import { zhCN } from './ui.zh-CN.ts';

registerMessages('zh-CN', zhCN);
registerMessages('en', en);

export { formatDate, formatDateTime, formatNumber, translate, type MessageKey, type Messages, type Translate, type Vars } from './core.ts';
