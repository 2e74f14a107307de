/**
 * paralign's version, read from package.json at build time (the bundler
 * inlines only this field), for `paralign --version` and the
 * `creationtoolversion` of TMX/TBX files.
 */
import { version } from '../package.json';

/** The package version: '0.1.0'. */
export const VERSION: string = version;

/** The tool name written into exchange files. */
export const TOOL_NAME = 'paralign';
