"""The systems jic is compared with, besides the eager loop itself and torch.jit.script
of it (which need no code of their own).

compiled.py  torch.compile of the same loop, in a child process with a compile-time budget
triton_w1.py a hand-written Triton kernel for W1 (time loop inside the kernel)
cudnn.py     nn.RNN / nn.LSTM (cuDNN on a GPU) holding the Elman and LSTM workloads' weights
"""
