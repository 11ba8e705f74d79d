/** Types for base-url.js (CommonJS, so webpack.config.js can require it too). */
export declare const DEV_BASE_URL: string;
export declare function baseUrlFromEnv(env?: NodeJS.ProcessEnv): string;
export declare function retargetText(text: string, baseUrl: string): string;
