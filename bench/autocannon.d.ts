// The part of autocannon's API the benches use (the package ships no types).
declare module 'autocannon' {
  export interface Histogram {
    p50: number;
    p99: number;
    average: number;
  }
  export interface Request {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: Request) => Request;
  }
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Request[];
  }
  export interface Result {
    latency: Histogram;
    requests: Histogram;
    non2xx: number;
    errors: number;
    '2xx': number;
  }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
