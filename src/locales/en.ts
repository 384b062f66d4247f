import { defaultMessages } from '../messages';
import type { BillingMessages } from '../messageTypes';

/** English: the widget's defaults, for a host that names its locale explicitly. */
export const messages: BillingMessages = defaultMessages;
