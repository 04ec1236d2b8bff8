"""nn.RNN / nn.LSTM holding the weights of the Elman and LSTM workloads (cuDNN's fused kernels on a GPU).

The workloads store weights input-major (x @ W); nn.RNN stores them output-major, so they are transposed
once here. The workloads have one bias; nn's second bias is zero.
"""

from __future__ import annotations

import torch


def _load(module: torch.nn.RNNBase, w_ih: torch.Tensor, w_hh: torch.Tensor, b: torch.Tensor) -> None:
    with torch.no_grad():
        module.weight_ih_l0.copy_(w_ih.t())
        module.weight_hh_l0.copy_(w_hh.t())
        module.bias_ih_l0.copy_(b)
        module.bias_hh_l0.zero_()
    module.requires_grad_(False)


def elman_cudnn(first_args: tuple):
    x, h, w_ih, w_hh, b = first_args
    rnn = torch.nn.RNN(w_ih.shape[0], w_ih.shape[1], batch_first=True).to(x.device)
    _load(rnn, w_ih, w_hh, b)

    def run(x_seq, h0, *weights):
        return rnn(x_seq, h0.unsqueeze(0))[1][0]

    return run


def lstm_cudnn(first_args: tuple):
    """The workload's per-gate weights (4, I, H), (4, H, H), (4, H) concatenated gate after gate."""
    x, h, c, w_ih, w_hh, b = first_args
    n_in, hidden = w_ih.shape[1], w_ih.shape[2]
    lstm = torch.nn.LSTM(n_in, hidden, batch_first=True).to(x.device)
    _load(
        lstm,
        w_ih.permute(1, 0, 2).reshape(n_in, 4 * hidden),
        w_hh.permute(1, 0, 2).reshape(hidden, 4 * hidden),
        b.reshape(-1),
    )

    def run(x_seq, h0, c0, *weights):
        _, (h_n, c_n) = lstm(x_seq, (h0.unsqueeze(0), c0.unsqueeze(0)))
        return h_n[0], c_n[0]

    return run
