type Answer = { status: number; body: any; ms: number }

export const HEAVIEST_QUERY: string
export const NORMAL_QUERY: string
export const heaviestWithNormal: (base: string) => Promise<{ heavy: Answer; normal: Answer }>
