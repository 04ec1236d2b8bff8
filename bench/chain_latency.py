"""The serial-chain floor of W1: latency of one step `h = tanh(x + h)` on the GPU, measured.

W1's steps depend on each other through h, so no schedule runs T steps faster
than T times the latency of one add + tanh. This script measures that latency
with micro-kernels in which one warp runs a long dependent chain from
registers (no memory in the loop): cycles per step from the SM clock
(`%clock64`) and nanoseconds per step from CUDA events (difference of two chain
lengths, so launch cost cancels). Variants:

    fadd       h = c + h                      (the add alone)
    libdevice  h = __nv_tanhf(c + h)          (what jic emits: accurate)
    approx     h = tanh.approx.f32(c + h)     (MUFU.TANH: ~2^-11 relative error)
    fused      exp path of tanh on fma(h, K, K*c): the add folded into the exponent

and for each tanh variant the largest error against float64 over 2^24 random
(c, h) pairs, in units of float32's epsilon at the result.

    python3 -m bench.chain_latency            # prints a table; writes $OUT/chain.json if OUT is set
"""

from __future__ import annotations

import ctypes

import torch

from bench import harness
from jic.backend import cuda as jcuda
from jic.backend import ptx as jptx

K2LOG2E = "0x4007154760000000"  # 2 * log2(e) as a float, in LLVM's hex double form

HEADER = """
target triple = "nvptx64-nvidia-cuda"
target datalayout = "e-p6:32:32-i64:64-i128:128-i256:256-v16:16-v32:32-n16:32:64"
declare float @__nv_tanhf(float)
declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
declare i64 @llvm.nvvm.read.ptx.sreg.clock64()
declare float @llvm.nvvm.ex2.approx.ftz.f(float)
declare float @llvm.nvvm.rcp.approx.ftz.f(float)
declare float @llvm.fabs.f32(float)
"""

# one step: %c, %kc (= K*c) and %h in, %hn out
STEPS = {
    "fadd": "%hn = fadd float %c, %h",
    "libdevice": "%s = fadd float %c, %h\n  %hn = call float @__nv_tanhf(float %s)",
    "approx": '%s = fadd float %c, %h\n  %hn = call float asm "tanh.approx.f32 $0, $1;", "=f,f"(float %s)',
    "fused": f"""%y = fadd float %c, %h
  %a = call float @llvm.fma.f32(float %h, float {K2LOG2E}, float %kc)
  %e = call float @llvm.nvvm.ex2.approx.ftz.f(float %a)
  %e1 = fadd float %e, 1.0
  %r = call float @llvm.nvvm.rcp.approx.ftz.f(float %e1)
  %big = call float @llvm.fma.f32(float %r, float -2.0, float 1.0)
  %y2 = fmul float %y, %y
  %p0 = call float @llvm.fma.f32(float 0x3F901E1040000000, float %y2, float 0xBFAAC795C0000000)
  %p1 = call float @llvm.fma.f32(float %p0, float %y2, float 0x3FC10B2820000000)
  %p2 = call float @llvm.fma.f32(float %p1, float %y2, float 0xBFD5553DA0000000)
  %p3 = fmul float %p2, %y2
  %small = call float @llvm.fma.f32(float %p3, float %y, float %y)
  %ay = call float @llvm.fabs.f32(float %y)
  %issmall = fcmp olt float %ay, 0x3FE3333340000000
  %hn = select i1 %issmall, float %small, float %big""",
}


def chain_kernel(name: str, step: str) -> str:
    return f"""
define ptx_kernel void @chain_{name}(ptr noalias %in, ptr noalias %out, i64 %n, ptr noalias %cyc) {{
entry:
  %tid = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %i = zext i32 %tid to i64
  %cp = getelementptr float, ptr %in, i64 %i
  %c = load float, ptr %cp
  %i2 = add i64 %i, 32
  %hp = getelementptr float, ptr %in, i64 %i2
  %h0 = load float, ptr %hp
  %kc = fmul float %c, {K2LOG2E}
  %t0 = call i64 @llvm.nvvm.read.ptx.sreg.clock64()
  %any = icmp sgt i64 %n, 0
  br i1 %any, label %loop, label %done
loop:
  %k = phi i64 [0, %entry], [%kn, %loop]
  %h = phi float [%h0, %entry], [%hn, %loop]
  {step}
  %kn = add i64 %k, 1
  %more = icmp slt i64 %kn, %n
  br i1 %more, label %loop, label %done
done:
  %hf = phi float [%h0, %entry], [%hn, %loop]
  %t1 = call i64 @llvm.nvvm.read.ptx.sreg.clock64()
  %op = getelementptr float, ptr %out, i64 %i
  store float %hf, ptr %op
  %dt = sub i64 %t1, %t0
  %cp2 = getelementptr i64, ptr %cyc, i64 %i
  store i64 %dt, ptr %cp2
  ret void
}}
"""


def map_kernel(name: str, step: str) -> str:
    """out[i] = step(c = in_c[i], h = in_h[i]): the accuracy check, one thread per pair."""
    return f"""
define ptx_kernel void @map_{name}(ptr noalias %inc, ptr noalias %inh, ptr noalias %out, i64 %n) {{
entry:
  %tid = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %cta = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %nt = call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %a0 = mul i32 %cta, %nt
  %l = add i32 %a0, %tid
  %i = zext i32 %l to i64
  %inb = icmp slt i64 %i, %n
  br i1 %inb, label %body, label %exit
body:
  %cp = getelementptr float, ptr %inc, i64 %i
  %c = load float, ptr %cp
  %hp = getelementptr float, ptr %inh, i64 %i
  %h = load float, ptr %hp
  %kc = fmul float %c, {K2LOG2E}
  {step}
  %op = getelementptr float, ptr %out, i64 %i
  store float %hn, ptr %op
  br label %exit
exit:
  ret void
}}
"""


def build() -> jcuda.CudaModule:
    ir = HEADER + "declare float @llvm.fma.f32(float, float, float)\n"
    names = []
    for name, step in STEPS.items():
        ir += chain_kernel(name, step)
        names.append(f"chain_{name}")
        if name != "fadd":
            ir += map_kernel(name, step)
            names.append(f"map_{name}")
    arch = jcuda.device_arch(torch.device("cuda"))
    return jcuda.CudaModule(jptx.compile_ptx(ir, names, arch=arch), names)


def launch(mod: jcuda.CudaModule, name: str, grid: int, block: int, params: list) -> None:
    fn = jcuda.cu.CUfunction(mod.load(torch.device("cuda")).functions[name])
    holders = (ctypes.c_void_p * len(params))(*[ctypes.addressof(p) for p in params])
    stream = jcuda.cu.CUstream(torch.cuda.current_stream().cuda_stream)
    jcuda._check(jcuda.cu.cuLaunchKernel(fn, grid, 1, 1, block, 1, 1, 0, stream, ctypes.addressof(holders), 0))


def time_chain(mod: jcuda.CudaModule, name: str, n: int) -> tuple[float, float]:
    """(median us of one launch by events, median SM cycles of the chain) for a chain of n steps, one warp."""
    inp = torch.randn(64, device="cuda") * 0.5
    out = torch.empty(32, device="cuda")
    cyc = torch.empty(32, dtype=torch.int64, device="cuda")
    params = [ctypes.c_void_p(inp.data_ptr()), ctypes.c_void_p(out.data_ptr()), ctypes.c_int64(n)]
    params.append(ctypes.c_void_p(cyc.data_ptr()))
    times, cycles = [], []
    for rep in range(25):
        s, e = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        s.record()
        launch(mod, f"chain_{name}", 1, 32, params)
        e.record()
        torch.cuda.synchronize()
        if rep >= 5:
            times.append(s.elapsed_time(e) * 1e3)
            cycles.append(int(cyc[0].item()))
    times.sort()
    cycles.sort()
    return times[len(times) // 2], cycles[len(cycles) // 2]


def max_error(mod: jcuda.CudaModule, name: str, n: int = 1 << 24) -> dict[str, float]:
    """Largest and mean |f - tanh(fl(c + h))| over n random pairs, in float32 ulps of the exact result."""
    g = torch.Generator(device="cuda").manual_seed(0)
    c = torch.randn(n, device="cuda", generator=g) * torch.rand(n, device="cuda", generator=g) * 4
    h = torch.tanh(torch.randn(n, device="cuda", generator=g))
    out = torch.empty(n, device="cuda")
    params = [ctypes.c_void_p(c.data_ptr()), ctypes.c_void_p(h.data_ptr()), ctypes.c_void_p(out.data_ptr())]
    params.append(ctypes.c_int64(n))
    launch(mod, f"map_{name}", (n + 255) // 256, 256, params)
    torch.cuda.synchronize()
    ref = torch.tanh((c + h).double())  # the add rounds to float32, as in eager
    # one ulp of float32 in the exact result's binade: 2^(floor(log2|r|) - 23)
    ulp = torch.exp2(torch.floor(torch.log2(ref.abs().clamp_min(1e-30))) - 23)
    err = (out.double() - ref).abs() / ulp
    eager = (torch.tanh(c + h).double() - ref).abs() / ulp
    return {
        "max_ulp": err.max().item(),
        "mean_ulp": err.mean().item(),
        "eager_max_ulp": eager.max().item(),
    }


def main() -> dict:
    props = torch.cuda.get_device_properties(0)
    mod = build()
    short, long_ = 1024, 9216
    rows = {}
    for name in STEPS:
        us0, cyc0 = time_chain(mod, name, short)
        us1, cyc1 = time_chain(mod, name, long_)
        row = {
            "cycles_per_step": round((cyc1 - cyc0) / (long_ - short), 2),
            "ns_per_step": round((us1 - us0) * 1e3 / (long_ - short), 2),
            "launch_us_at_n0": round(time_chain(mod, name, 0)[0], 2),
        }
        if name != "fadd":
            row.update({k: round(v, 3) for k, v in max_error(mod, name).items()})
        rows[name] = row
        print(name, row, flush=True)
    print(f"\nchain latency on {props.name} ({props.multi_processor_count} SMs): one warp, dependent steps")
    print("| step | cycles/step | ns/step | max err (ulp) | eager max err (ulp) |")
    print("|---|---|---|---|---|")
    for name, r in rows.items():
        print(
            f"| {name} | {r['cycles_per_step']} | {r['ns_per_step']} | {r.get('max_ulp', '-')} | {r.get('eager_max_ulp', '-')} |"
        )
    result = {"card": props.name, "sms": props.multi_processor_count, "rows": rows}
    harness.save_to_out("chain.json", result)
    return result


if __name__ == "__main__":
    main()
