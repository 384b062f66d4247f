/** Path of the Chromium binary; CI sets CHROMIUM_PATH when it lives elsewhere. */
export declare const CHROMIUM_PATH: string;
/** Launch flags: no sandbox (containers run as root), and no background traffic to the internet. */
export declare const CHROMIUM_ARGS: string[];
