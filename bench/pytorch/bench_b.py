#!/usr/bin/env python3
"""The bench-b training step written in PyTorch: the reference vfe's step time and memory are compared against.

Not part of vfe-lab's build. Needs Debian's python3-torch (PyTorch 1.13 with OpenBLAS):
    apt-get install python3-torch
    OMP_NUM_THREADS=1 /usr/bin/python3 bench/pytorch/bench_b.py --mask 0,0.75

The model is vfe's `vfe bench --config bench-b` case, layer for layer: 16x64x64x3 clips cut into 2x8x8 tubelets
(512 tokens), a linear tubelet embedding plus a learned position per grid position, per-example random masking of
tokens (kept tokens gathered before the embedding), 4 pre-LN blocks of width 192, 3 heads and a GELU MLP of 768,
a final layer norm and mean pooling; a 2-layer text encoder of the same width (vocabulary 512, 16 tokens, padding
keys masked, masked mean pooling); 128-wide projections, L2 normalisation, symmetric InfoNCE with a learned logit
scale; Adam; batch 8. Each case runs in a fresh process so its peak RSS is its own.
"""
import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import time

BATCH, FRAMES, SIZE, CHANNELS = 8, 16, 64, 3
TUBELET = (2, 8, 8)
WIDTH, DEPTH, HEADS, MLP = 192, 4, 3, 768
TEXT_DEPTH, VOCAB, TEXT_TOKENS, PROJECTION = 2, 512, 16, 128


def build(torch):
    nn = torch.nn
    F = torch.nn.functional

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln1, self.ln2 = nn.LayerNorm(WIDTH), nn.LayerNorm(WIDTH)
            self.qkv, self.out = nn.Linear(WIDTH, 3 * WIDTH), nn.Linear(WIDTH, WIDTH)
            self.fc1, self.fc2 = nn.Linear(WIDTH, MLP), nn.Linear(MLP, WIDTH)

        def forward(self, x, key_bias=None):
            b, n, _ = x.shape
            q, k, v = self.qkv(self.ln1(x)).reshape(b, n, 3, HEADS, WIDTH // HEADS).permute(2, 0, 3, 1, 4)
            scores = q @ k.transpose(-1, -2) / math.sqrt(WIDTH // HEADS)
            if key_bias is not None:
                scores = scores + key_bias
            mixed = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, WIDTH)
            x = x + self.out(mixed)
            return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))

    class DualEncoder(nn.Module):
        def __init__(self):
            super().__init__()
            tokens = (FRAMES // TUBELET[0]) * (SIZE // TUBELET[1]) * (SIZE // TUBELET[2])
            self.tubelet = nn.Linear(TUBELET[0] * TUBELET[1] * TUBELET[2] * CHANNELS, WIDTH)
            self.positions = nn.Parameter(torch.randn(tokens, WIDTH) * 0.02)
            self.video_blocks = nn.ModuleList(Block() for _ in range(DEPTH))
            self.video_ln = nn.LayerNorm(WIDTH)
            self.video_proj = nn.Linear(WIDTH, PROJECTION)
            self.token_table = nn.Embedding(VOCAB, WIDTH)
            self.text_positions = nn.Parameter(torch.randn(TEXT_TOKENS, WIDTH) * 0.02)
            self.text_blocks = nn.ModuleList(Block() for _ in range(TEXT_DEPTH))
            self.text_ln = nn.LayerNorm(WIDTH)
            self.text_proj = nn.Linear(WIDTH, PROJECTION)
            self.logit_scale = nn.Parameter(torch.tensor(math.log(1 / 0.07)))

        def forward(self, video, kept, text, mask):
            t, h, w = TUBELET
            b = video.shape[0]
            patches = video.reshape(b, FRAMES // t, t, SIZE // h, h, SIZE // w, w, CHANNELS) \
                .permute(0, 1, 3, 5, 2, 4, 6, 7).reshape(b, -1, t * h * w * CHANNELS)
            rows = patches.gather(1, kept.unsqueeze(-1).expand(-1, -1, patches.shape[-1]))
            x = self.tubelet(rows) + self.positions[kept]
            for block in self.video_blocks:
                x = block(x)
            zv = F.normalize(self.video_proj(self.video_ln(x).mean(1)), dim=-1, eps=1e-6)
            y = self.token_table(text) + self.text_positions
            key_bias = ((1 - mask) * -1e9).reshape(b, 1, 1, TEXT_TOKENS)
            for block in self.text_blocks:
                y = block(y, key_bias)
            y = (self.text_ln(y) * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True)
            zt = F.normalize(self.text_proj(y), dim=-1, eps=1e-6)
            logits = zv @ zt.t() * self.logit_scale.exp()
            labels = torch.arange(b)
            return (F.cross_entropy(logits, labels) + F.cross_entropy(logits.t(), labels)) / 2

    return DualEncoder()


def run_case(mask_ratio, warmup, steps):
    import torch
    torch.manual_seed(7)
    model = build(torch)
    optimizer = torch.optim.Adam(model.parameters(), lr=5e-4)
    tokens = (FRAMES // TUBELET[0]) * (SIZE // TUBELET[1]) * (SIZE // TUBELET[2])
    kept_count = round((1 - mask_ratio) * tokens)
    times = []
    for step in range(warmup + steps):
        start = time.perf_counter()
        video = torch.rand(BATCH, FRAMES, SIZE, SIZE, CHANNELS)
        kept = torch.stack([torch.randperm(tokens)[:kept_count].sort().values for _ in range(BATCH)])
        text = torch.randint(0, VOCAB, (BATCH, TEXT_TOKENS))
        mask = torch.ones(BATCH, TEXT_TOKENS)
        loss = model(video, kept, text, mask)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        times.append(time.perf_counter() - start)
    measured = sorted(times[warmup:])
    return {"mask": mask_ratio, "threads": torch.get_num_threads(), "median_ms": 1000 * statistics.median(measured),
            "min_ms": 1000 * measured[0],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mask", default="0,0.75", help="mask ratios, comma-separated")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--case", type=float, help=argparse.SUPPRESS)  # one case, in this process
    args = parser.parse_args()
    if args.case is not None:
        print(json.dumps(run_case(args.case, args.warmup, args.steps)))
        return
    print(f"{'mask':>5} {'threads':>7} {'median ms':>10} {'min ms':>8} {'peak RSS MB':>12}")
    for ratio in (float(r) for r in args.mask.split(",")):
        out = subprocess.run([sys.executable, __file__, "--case", str(ratio), "--warmup", str(args.warmup),
                              "--steps", str(args.steps)], check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['mask']:>5.2f} {r['threads']:>7} {r['median_ms']:>10.1f} {r['min_ms']:>8.1f} {r['peak_rss_mb']:>12.0f}")


if __name__ == "__main__":
    main()
