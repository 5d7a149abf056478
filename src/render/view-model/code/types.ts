/** A code sketch and the fence language it is written in. */
export interface Snippet { code: string; language: string }
