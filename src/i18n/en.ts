/** Every user-visible English string, keyed. The zh-TW catalog must have exactly the same keys. */
export const en = {
  // Command summaries (help)
  "cmd.compute.summary":
    "Training compute for N parameters on D tokens (6·N·D), Chinchilla tokens, time and cost on a GPU.",
  "cmd.mfu.summary":
    "MFU of a run from its GPU-hours, GPUs × days or tokens/s, and whether it is even possible.",
  "cmd.chinchilla.summary":
    "Compute-optimal tokens for a model size, or the optimal size and tokens for a FLOP budget.",
  "cmd.cards.summary": "Memory to train or serve a model and how many cards of a GPU it takes.",
  "cmd.params.summary":
    "Parameter count of a GPT-style transformer, a Llama-style decoder (with MoE), or a list of layers.",
  "cmd.gpus.summary": "The GPU catalog: memory, bandwidth and dense peaks with their datasheets.",
  "cmd.help.summary": "What each command does, its options and examples.",

  // Option descriptions (help, Discord)
  "opt.params": "Parameters N, e.g. 175B (MoE: the total).",
  "opt.tokens": "Training tokens D, e.g. 300B.",
  "opt.active": "Active parameters per token of a MoE, e.g. 37B.",
  "opt.layers": "Number of layers L.",
  "opt.hidden": "Model width h (d_model).",
  "opt.ctx": "Context (sequence) length T.",
  "opt.gpu": "GPU name, e.g. H100, A100, MI300X.",
  "opt.gpus": "Number of GPUs.",
  "opt.days": "Wall-clock time, e.g. 21 days or 90h (bare number: days).",
  "opt.mfu": "Model FLOPs utilization to assume, e.g. 40%.",
  "opt.price": "Price per GPU-hour, e.g. $2.5/h.",
  "opt.precision": "Precision of the peak or the weights: bf16, fp8, ...",
  "opt.gpu-hours": "GPU-hours of the run, e.g. 2.664M (or 2048*21days).",
  "opt.tokens-per-second": "Measured training throughput in tokens/s (all GPUs).",
  "opt.heads": "Attention (query) heads.",
  "opt.head-dim": "Dimension of one attention head.",
  "opt.moe": "The parameter count is a MoE total (warn when MFU uses it).",
  "opt.recompute": "Count full activation recomputation (hardware FLOPs, HFU) / recomputation mode.",
  "opt.budget": "A training compute budget in FLOP, e.g. 3.14e23.",
  "opt.mode": "infer (serve) or train.",
  "opt.zero": "ZeRO stage 0–3 (shards optimizer, gradients, weights).",
  "opt.dp": "Data-parallel size that ZeRO shards across.",
  "opt.context": "Context length for the KV cache or activations, e.g. 8k.",
  "opt.batch": "Batch (sequences) for the KV cache, micro-batch for training.",
  "opt.kv-heads": "Key/value heads (grouped-query attention).",
  "opt.spec": "An architecture (transformer, decoder) or a list of layers: dense 784->128, dense 128->10.",
  "opt.d": "Model width h (d_model, hidden size).",
  "opt.vocab": "Vocabulary size V.",
  "opt.tied": "Output head shares the token embedding.",
  "opt.ffn": "Intermediate size of the (gated) MLP.",
  "opt.experts": "Routed experts per MoE layer.",
  "opt.top-k": "Experts used per token.",
  "opt.shared-experts": "Shared (always-on) experts per MoE layer.",
  "opt.expert-ffn": "Intermediate size of one expert.",
  "opt.dense-layers": "Leading layers with a dense MLP instead of experts.",
  "opt.filter": "Part of a GPU name, e.g. h100.",
  "opt.topic": "A command to explain, e.g. mfu.",

  // Titles
  "title.compute": "Training compute: {params} parameters × {tokens} tokens",
  "title.mfu": "MFU of a {params}-parameter run on {gpu}",
  "title.chinchillaParams": "Chinchilla-optimal training for {params} parameters",
  "title.chinchillaBudget": "Compute-optimal model for {budget} FLOP",
  "title.cardsInfer": "Serving {params} parameters on {gpu}",
  "title.cardsTrain": "Training {params} parameters on {gpu}",
  "title.params.gpt": "Parameters of a GPT-style transformer",
  "title.params.decoder": "Parameters of a Llama-style decoder",
  "title.params.network": "Parameters of the network, layer by layer",
  "title.gpus": "GPU catalog ({count} accelerators)",
  "title.gpusFiltered": "GPUs matching “{filter}” ({count})",
  "title.help": "flopsbot: training compute, MFU and GPU counts",
  "title.helpCommand": "/flops {command}",
  "error.title": "I can't compute that",

  // Row labels
  "row.name": "{name}",
  "row.trainingFlops": "Training compute (6ND)",
  "row.trainingFlopsAttention": "With attention (PaLM App. B)",
  "row.pfDays": "PF-days",
  "row.chinchillaTokens": "Chinchilla-optimal tokens",
  "row.optimalParams": "Compute-optimal parameters",
  "row.tokensPerParam": "Tokens per parameter",
  "row.timesOptimal": "Share of Chinchilla-optimal tokens",
  "row.loss": "Fitted loss at the optimum",
  "row.lossAtTokens": "Fitted loss of this run",
  "row.peak": "Peak per GPU (dense)",
  "row.gpusForDeadline": "GPUs to finish in time",
  "row.wallTime": "Time to train",
  "row.gpuHours": "GPU-hours",
  "row.cost": "Cost",
  "row.trainCards": "Cards to hold training state",
  "row.modelFlops": "Model FLOP",
  "row.hardwareFlops": "Hardware FLOP (with recomputation)",
  "row.gpuSeconds": "GPU-seconds",
  "row.achieved": "Achieved per GPU",
  "row.mfu": "MFU",
  "row.hfu": "HFU",
  "row.weights": "Weights",
  "row.gradients": "Gradients",
  "row.optimizer": "Optimizer states",
  "row.activations": "Activations",
  "row.kvCache": "KV cache",
  "row.overhead": "Runtime overhead",
  "row.perCardZero": "Per card with ZeRO",
  "row.memoryTotal": "Total memory",
  "row.cards": "Cards needed",
  "row.ruleOfThumb": "Rule of thumb (seed article)",
  "row.ruleOfThumbCards": "Cards by the rule of thumb",
  "row.totalParams": "Total parameters",
  "row.nonEmbedding": "Non-embedding parameters",
  "row.activeParams": "Active parameters per token",

  // Parameter parts
  "part.attention": "Attention",
  "part.mlp": "MLP",
  "part.norms": "Layer norms",
  "part.finalNorm": "Final norm",
  "part.embedding": "Token embedding",
  "part.positions": "Position embedding",
  "part.head": "Output head (untied)",
  "part.router": "Router",
  "part.routedExperts": "Routed experts",
  "part.sharedExperts": "Shared experts",
  "part.layer": "#{index} {kind}",

  // Notes
  "note.tokensDefaultChinchilla":
    "No token count given: using the Chinchilla-optimal {tokens} (20 per parameter).",
  "note.activeParams": "MoE: compute uses the {active} active parameters, not the {total} total.",
  "note.attentionNeedsShape": "The attention term needs layers=, d= and ctx= together.",
  "note.underTrained":
    "This run sees {times}× the Chinchilla-optimal tokens: more tokens would help this size.",
  "note.overTrained":
    "This run sees {times}× the Chinchilla-optimal tokens: over-trained for its size, which buys cheaper inference.",
  "note.defaultMfu": "Assumes {mfu} MFU; set mfu= to change it.",
  "note.defaultGpus": "Assumes {gpus} GPUs; set gpus= or days=.",
  "note.trainCards":
    "Training state is mixed-precision Adam, 16 bytes per parameter, sharded over every card (ZeRO-3); activations not included.",
  "note.mfuNoAttention":
    "6N per token ignores attention; give layers=, heads=, head-dim= and ctx= for the PaLM Appendix B figure.",
  "note.defaultPrecision": "Peak at bf16 dense; set precision=fp8 for an FP8 run.",
  "note.chinchillaRule":
    "Chinchilla: about 20 tokens per parameter is compute-optimal; inference-heavy models are often trained far longer.",
  "note.kvNeedsShape":
    "The KV cache needs layers=, kv-heads= (or heads=) and head-dim= (or hidden=) with context=.",
  "note.activationsNeedShape":
    "Activations need layers=, hidden=, heads= and context=; only model states are counted.",
  "note.trainMixedPrecision":
    "Training memory assumes bf16 mixed-precision Adam whatever the precision given.",
  "note.perCardTooBig":
    "One card cannot hold its ZeRO share: raise dp= or the ZeRO stage, or add tensor/pipeline parallelism.",
  "note.usableFraction": "Assumes {percent}% of each card's memory is usable.",
  "note.gptFormula":
    "Per layer 12h² + 13h (attention 4h²+4h, MLP 8h²+5h, norms 4h), plus embeddings (Kaplan et al. 2020).",
  "note.decoderFormula":
    "Grouped-query attention, gated MLP 3·h·ffn, RMSNorm; MoE counts all experts in total, top-k in active.",
  "note.densePeaks": "Peaks are dense; vendor sheets often print sparse figures (2×).",
  "note.helpGrammar":
    "Numbers take K/M/B/T suffixes (175B, 1.4T), units (21 days, $2.5/h) and arithmetic (2048*21days). Add private to see a reply alone.",
  "note.example": "Example: {example}",

  // Warnings
  "mfu.impossible": "MFU {percent}% is impossible: no GPU runs above 100% of its peak.",
  "mfu.suspicious": "MFU {percent}% is suspicious: the best published large runs are around 40–60%.",
  "mfu.causes":
    "Likely causes: a MoE counted by its total parameters, a sparse peak, the wrong precision, or understated GPU-hours.",
  "mfu.causeMoe":
    "This is a MoE counted by its total parameters: compute uses only the active ones (set active=).",
  "mfu.causeMoeActive":
    "This is a MoE counted by its total parameters: with the active parameters MFU is {percent}%.",

  // Hints
  "hint.compute": "Next: /flops {params} {tokens} gpu=H100 price=$2.5/h for time and cost.",
  "hint.computeWithGpu": "Next: /flops cards {params} gpu=H100 mode=train for the memory breakdown.",
  "hint.mfu": "Next: add recompute for hardware FLOPs (HFU), or precision=fp8 for an FP8 run.",
  "hint.mfuImpossible":
    "Next: check the active parameters (active=), the precision, and whether the peak is dense.",
  "hint.chinchilla": "Next: /flops {params} {tokens} gpu=H100 for time and cost.",
  "hint.cardsInfer": "Next: /flops cards {params} gpu=H100 mode=train for training memory.",
  "hint.cardsTrain": "Next: add zero=3 dp=64 to see one card's share.",
  "hint.params": "Next: /flops {params} for its training compute.",
  "hint.gpus": "Next: /flops gpus h100 to filter, or /flops 70B 1.4T gpu=H100.",
  "hint.help": "Next: /flops help mfu for one command's options.",
  "hint.helpCommand": "Next: try one of the examples above.",
  "error.example": "Try: {example}",

  // Errors
  internal: "Something went wrong on our side; the error is logged.",
  "rate.title": "One moment, please",
  "result.outOfRange":
    "These numbers are too large (or too small) to compute with: the result does not fit in a number. Try sizes like 175B 300B.",
  "rate.limited":
    "You are asking faster than {limit} commands a minute, my limit per person. Please try again in {seconds} s.",
  "args.badChoice": "“{value}” is not one of {choices}. Did you mean {suggestions}?",
  "args.badLang": "“{value}” is not a language I speak: use lang=en or lang=zh-TW.",
  "args.emptyValue": "{key}= needs a value, e.g. {example}.",
  "args.extra": "I don't know what “{value}” is for in /flops {command}.",
  "args.invalid": "The value of {option} is not valid, e.g. {example}.",
  "args.missing": "Missing {option}.",
  "args.tooLong": "That is too long: at most {max} characters.",
  "args.unknownCommand": "There is no command “{command}”. Did you mean {suggestions}?",
  "args.unknownKey": "/flops {command} has no option “{key}”. Did you mean {suggestions}?",
  "chinchilla.needInput": "Give a model size or budget=, e.g. {example}.",
  "gpu.precisionUnsupported": "{gpu} has no published dense {precision} peak; it has {supported}.",
  "gpu.unknown": "I don't know the GPU “{query}”. Did you mean {suggestions}? (/flops gpus lists them all.)",
  "mfu.needGpus": "tokens-per-second needs the number of GPUs, e.g. {example}.",
  "mfu.needTime": "MFU needs the GPU time: gpu-hours=, or gpus= with days=.",
  "mfu.needTokens": "MFU needs the training tokens (or tokens-per-second= with gpus=).",
  "params.denseLayers": "dense-layers={denseLayers} is more than layers={layers}.",
  "params.groups": "groups={groups} must divide both channel counts ({inChannels} and {outChannels}).",
  "params.headDim": "hidden={hidden} is not divisible by heads={heads}: set head-dim=.",
  "params.invalidSize": "{name}={value} must be a whole number of at least {min}.",
  "params.kernel": "The kernel “{kernel}” is not a size like 3x3.",
  "params.kvHeads": "heads={heads} must be a multiple of kv-heads={kvHeads}.",
  "params.layerSyntax": "I can't read the layer “{layer}”; write it like {example}.",
  "params.layerUnknown": "I don't know the layer “{kind}”. Did you mean {suggestions}?",
  "params.missing": "This architecture needs {name}=.",
  "params.tooManyLayers": "At most {max} layers in one list.",
  "params.topK": "top-k={topK} is more than experts={experts}.",
  "quantity.empty": "A number is missing, e.g. 175B.",
  "quantity.negative": "“{text}” must be above zero, e.g. 175B.",
  "quantity.notAllowed":
    "“{text}” is not a number I can evaluate: only numbers, K/M/B/T, time units and + - * / ^ are allowed, e.g. 6*175B*300B.",
  "quantity.notFinite": "“{text}” is too large to be a number, e.g. 3.15e23.",
  "quantity.notInteger": "“{text}” must be a whole number of at least 1, e.g. 2048.",
  "quantity.notPositive": "“{text}” must be above zero, e.g. 175B.",
  "quantity.notFraction": "“{text}” must be a share between 0 and 100%, e.g. 40%.",
  "quantity.syntax": "I can't read “{text}” as a number, e.g. 175B or 2048*21days.",
  "quantity.tooLong": "A number of {length} characters is too long (at most {max}), e.g. 175B.",
  "quantity.unitMismatch":
    "“{text}” has the wrong unit here, e.g. 21 days for a time, $2.5/h for a price, 175B for a count.",
  "quantity.unknownWord":
    "I don't know “{word}” in a number. Did you mean {suggestions}? e.g. 175B, 1.4T, 21 days.",

  // Console
  "console.banner":
    "flopsbot local console. Type a command (175B 300B, mfu ..., help) or exit.\nTo answer in Slack or Discord, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see slack/manifest.yml) or DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env, then npm start again (README: Slack, Discord).",

  // Discord (the /flops command's own descriptions and embed labels)
  "discord.query.summary": "Ask in the text grammar, as after /flops: 175B 300B gpu=H100, mfu ..., help.",
  "discord.opt.text": "The question as you would type it after /flops, e.g. 175B 300B gpu=H100.",
  "discord.opt.private": "Only you see the reply.",
  "discord.opt.lang": "Language of the reply (default: your Discord language).",
  "discord.opt.explain": "Show the step-by-step derivation with its sources.",
  "discord.lang.en": "English",
  "discord.lang.zh-TW": "Traditional Chinese (繁體中文)",
  "discord.sources": "Sources",
  "discord.more": "…and {count} more (too long for one Discord message).",

  // Slack
  "slack.more": "…and {count} more (too long for one Slack message).",

  // Models (published runs, presets, model, compare, explain)
  "cmd.model.summary":
    "A published run: its figures (params, tokens, compute, hardware, MFU) beside ours, and the gap.",
  "cmd.compare.summary":
    "2 to 4 published runs side by side: parameters, tokens, tokens per parameter, FLOP, GPU-hours, MFU.",
  "opt.name": "A published run, e.g. deepseek-v3, llama-3-405b, gpt-3 (none: the list).",
  "opt.names": "2 to 4 runs, e.g. gpt-3 chinchilla palm.",
  "model.unknown":
    "I don't know the run “{query}”. Did you mean {suggestions}? (/flops model lists them all.)",
  "model.unknownNoSuggestion": "I don't know the run “{query}”; /flops model lists the runs I know.",
  "model.notApplicable":
    "{model} gives no {option} for /flops {command}: type {option}= yourself, or see /flops model {model}.",
  "compare.count": "Compare {min} to {max} runs (you gave {count}), e.g. /flops {example}.",
  "preset.applied": "{model}: its published figures are filled in ({values}); values you type override them.",
  "model.title": "{model}: published figures and ours",
  "model.catalogTitle": "Published runs I know ({count})",
  "compare.title": "Side by side: {models}",
  "model.row.params": "Parameters (published)",
  "model.row.paramsRecomputed": "Parameters from the architecture (ours)",
  "model.row.active": "Active parameters (published)",
  "model.row.activeRecomputed": "Active parameters from the architecture (ours)",
  "model.row.tokens": "Training tokens (published)",
  "model.row.flops": "Training compute (published)",
  "model.row.flops6nd": "Training compute, 6ND (ours)",
  "model.row.flops6ndTotal": "6ND with the total parameters (wrong for a MoE)",
  "model.row.hardware": "Hardware (published)",
  "model.row.gpuHours": "GPU-hours (published)",
  "model.row.mfu": "MFU (published)",
  "model.row.hfu": "HFU (published)",
  "model.row.mfuTotal": "MFU with the total parameters (ours)",
  "model.row.mfuOurs": "MFU, 6ND over the GPU time (ours)",
  "model.row.mfuThroughput": "MFU from the published throughput (ours)",
  "model.row.achieved": "Achieved per GPU (published)",
  "model.value.notPublished": "not published",
  "model.value.notModelled": "not modelled (see the notes)",
  "compare.row.params": "{model} · parameters",
  "compare.row.tokens": "{model} · training tokens",
  "compare.row.tokensPerParam": "{model} · tokens per parameter",
  "compare.row.flops": "{model} · training compute",
  "compare.row.gpuHours": "{model} · GPU-hours",
  "compare.row.mfu": "{model} · MFU",
  "model.reading.moeImpossible":
    "6ND with the {total} total parameters gives {totalMfu}% MFU: impossible. {model} is a MoE with {active} active parameters per token, which gives {activeMfu}%.",
  "model.reading.mfu": "{model}: our MFU is {mfu}% on {hardware}; the published figure is {published}.",
  "model.reading.mfuPlausible":
    "{model}: 6ND over the published GPU time gives {mfu}% MFU on {hardware}: plausible (the best large runs reach about 40–60%).",
  "model.reading.mfuLow":
    "{model}: 6ND over the published GPU time gives only {mfu}% MFU on {hardware}: low, so the GPU time probably covers more than these tokens (or the token count is a lower bound).",
  "model.reading.mfuSuspicious":
    "{model}: 6ND over the published GPU time gives {mfu}% MFU on {hardware}: suspicious, above the ~60% the best large runs reach.",
  "model.reading.mfuImpossible":
    "{model}: 6ND over the published GPU time gives {mfu}% MFU on {hardware}: impossible, above 100% of the peak.",
  "model.reading.compute": "{model}: 6ND gives {flops} FLOP, {difference} from the published {published}.",
  "model.reading.computeUnpublished":
    "{model}: 6ND gives {flops} FLOP at {ratio} tokens per parameter; its compute and GPU time are not published.",
  "model.reading.paramsOnly":
    "{model}: only the architecture is published ({params} parameters); its training tokens, compute and hardware are not.",
  "model.note.presets":
    "A run's name works in any command in place of its numbers: /flops llama-3-405b, /flops mfu deepseek-v3, /flops cards llama-3-70b gpu=H100 mode=infer context=8k. Values you type override the published ones.",
  "model.note.mla":
    "DeepSeek-V3's multi-head latent attention (low-rank q and kv projections, decoupled RoPE keys) and its multi-token-prediction module are not modelled by the parameter formulas, so the count is not recomputed; the published 671B total and 37B active are used.",
  "model.note.deepseekFp8":
    "DeepSeek-V3 ran most matrix multiplications in FP8; against the FP8 dense peak (twice bf16) its MFU would be half. The seed article, like this reply, uses the bf16 peak.",
  "model.note.gpt3Gpus":
    "GPT-3's GPU count and days come from Patterson et al. 2021 (10,000 V100 is NVIDIA's estimate); OpenAI did not publish them.",
  "model.note.gopherRemat":
    "Gopher's published 6.31e23 FLOP counts rematerialization (+33%, one more forward pass) and padding, so 6ND comes out about 20% lower.",
  "model.note.relativePositions":
    "Counted with Transformer-XL relative positions: one h×h projection per layer (L·h²), which a GPT-style count leaves out.",
  "model.note.notInCatalog": "Its TPUs are not in the GPU catalog, so MFU is not recomputed here.",
  "model.note.palmDowntime":
    "The chip-hours include downtime and repeated steps, so MFU from them is lower; PaLM's 46.2% is from the measured throughput (Appendix B).",
  "model.note.optTokens":
    "OPT's 180B tokens is its corpus size; the paper states neither how many tokens the run saw nor its GPU time. 147 TFLOP/s per GPU is an “up to” figure.",
  "model.note.rotaryBuffers":
    "The published count is Hugging Face's safetensors total, which includes the rotary inv_freq buffers (head_dim/2 per layer); the architecture count does not.",
  "model.note.llama3Tokens":
    "The model card says 15T+ tokens, so 6ND, and the MFU from its GPU-hours, are lower bounds.",
  "model.note.llama3Hours":
    "The 30.84M GPU-hours cover the whole 405B training (long-context and annealing stages, restarts); Table 4's 38–43% is measured on pre-training steps.",
  "model.note.mixtralContext": "Mistral published neither the training tokens nor the hardware of Mixtral.",
  "compare.note.flops":
    "Training compute is the published figure where there is one, else 6·N·D (N active for a MoE).",
  "compare.note.mfu":
    "MFU is ours (6ND over the published GPU time, or the published throughput, at the dense peak) when the hardware is in the catalog, else the published one; the formula gives both.",
  "hint.model":
    "Next: /flops mfu {id} or /flops cards {id} gpu=H100 mode=infer: its numbers fill in any command.",
  "hint.modelCatalog": "Next: /flops model deepseek-v3, or /flops compare gpt-3 chinchilla palm.",
  "hint.compare": "Next: /flops model {id} for one run in detail.",
  "explain.title": "Step by step:",
  "explain.step": "{step}. {label}: {formula} → {value}",
  "explain.none": "Nothing to derive: this reply has no formulas.",
  "explain.const.sixND":
    "6 FLOP per parameter per token: 2 in the forward pass, 4 in the backward (Kaplan et al. 2020, §2.1).",
  "explain.const.attention":
    "12·L·H·Q·T: attention FLOP per token over a context of T tokens, forward and backward (Chowdhery et al. 2022, PaLM Appendix B).",
  "explain.const.chinchilla":
    "About 20 tokens per parameter is compute-optimal (Hoffmann et al. 2022, Chinchilla).",
  "explain.const.pfDay":
    "1 PF-day = 10¹⁵ FLOP/s for 86,400 s = 8.64 × 10¹⁹ FLOP (Brown et al. 2020, Table D.1).",
  "explain.const.densePeak":
    "Peak: the datasheet's dense figure at that precision (vendor sheets often print sparse figures, 2× dense); the datasheet is in the sources.",
  "explain.const.mfu":
    "MFU = model FLOP / (GPU-seconds × dense peak) (Chowdhery et al. 2022, PaLM §4.1 and Appendix B).",
  "explain.const.adam":
    "Mixed-precision Adam keeps 16 bytes per parameter: 2 for weights, 2 for gradients, 12 for the fp32 master copy, m and v (Rajbhandari et al. 2020, ZeRO §3.1).",
  "explain.const.activations":
    "Activations per layer: 34·s·b·h bytes with selective recomputation, 2·s·b·h with full recomputation (Korthikanti et al. 2022, §4).",
  "explain.const.lossFit":
    "The fitted loss L(N, D) = E + A/N^α + B/D^β uses the constants of Hoffmann et al. 2022, Approach 3.",
  "explain.const.kvCache":
    "KV cache: a key and a value (the 2) per layer, KV head and head dimension, for every token of context and sequence of the batch.",
  "explain.const.usable":
    "About 90% of a card's memory is usable (vLLM's default gpu_memory_utilization = 0.9).",

  // Units
  "unit.tokens": "{n} tokens",
  "unit.gpuHours": "{n} GPU-hours",
  "unit.perGpuHour": "{price}/GPU-hour",
  "unit.seconds": "{n} seconds",
  "unit.minutes": "{n} minutes",
  "unit.hours": "{n} hours",
  "unit.days": "{n} days",
  "unit.years": "{n} years",

  // Conversations: follow-ups, buttons, form, App Home, "Estimate compute"
  "conversation.changed": "Follow-up ({changes}), answered as: {question}",
  "conversation.again": "Answered again as: {question}",
  "conversation.lostTitle": "I no longer have the question this follows",
  "conversation.lost":
    "The earlier question is gone (the bot restarted or it expired). Ask the whole question again.",
  "conversation.lostWith":
    "The earlier question is gone (the bot restarted or it expired); the last reading I have is {reading}. Ask the whole question again.",
  "conversation.notYours": "Only the person who asked can change or share this private answer.",
  "conversation.gpuMenu": "Another GPU",
  "conversation.explain": "Explain",
  "conversation.chart": "Chart",
  "conversation.lang.en": "English",
  "conversation.lang.zh-TW": "中文 (Traditional Chinese)",
  "conversation.share": "Share in channel",
  "conversation.estimate": "Estimate compute",
  "conversation.form.summary": "A form for the question: parameters, tokens, GPU, count and the rest",
  "conversation.form.more": "More (mfu=40% price=$2/h precision=bf16)",
  "conversation.home.title": "flopsbot: training compute, with formulas and sources",
  "conversation.home.examples": "Try",
  "conversation.home.grammar": "The grammar in short",
  "conversation.home.followUps":
    "In a thread with an answer, mention flopsbot with only the change (gpu=A100, gpus=2048, precision=fp8, explain) to re-answer.",
  "conversation.home.recent": "Your last questions",
  "conversation.home.none": "None yet: ask with /flops or the form.",
  "conversation.form.title": "Estimate compute",
  "conversation.form.submit": "Answer",
  "conversation.form.close": "Cancel",
  "conversation.form.params": "Parameters (e.g. 70B)",
  "conversation.form.tokens": "Training tokens (e.g. 15T)",
  "conversation.form.gpu": "GPU",
  "conversation.form.gpus": "Number of GPUs",
  "conversation.form.mfu": "MFU (e.g. 40%)",
  "conversation.form.price": "Price per GPU-hour (e.g. $2/h)",
  "conversation.form.precision": "Precision",
  "conversation.form.mode": "Mode",
  "conversation.form.train": "Training: compute, time and cost",
  "conversation.form.infer": "Serving: cards to hold the model",
  "conversation.form.where": "Answer in",
  "conversation.form.invalid": "{value} is not a value this field takes; for example {example}.",
  "conversation.form.required": "Needed; for example {example}.",
} as const;

export type MessageKey = keyof typeof en;
