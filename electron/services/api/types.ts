// Handler types derived from the contract: a missing or mistyped handler fails to compile.

import type { ApiChannel, ApiParsedArgs, ApiResult } from '../../../shared/api';

export type Handler<C extends ApiChannel> = (
  ...args: ApiParsedArgs<C>
) => ApiResult<C> | Promise<ApiResult<C>>;

export type HandlersFor<C extends ApiChannel> = { [K in C]: Handler<K> };

export type ApiHandlers = HandlersFor<ApiChannel>;
