/** Every user-visible English string, keyed. The zh-TW catalog must have exactly the same keys. */
export const en = {
  // Command summaries (help)
  "cmd.compute.summary":
    "Training compute (6·N·D), Chinchilla tokens, time, cost and energy over an MFU range, from any end.",
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
  "opt.gpu": "GPU name, e.g. H100, A100, MI300X; in compute a list (h100,a100) compares them.",
  "opt.gpus": "Number of GPUs.",
  "opt.days": "Wall-clock time, e.g. 21 days or 90h (bare number: days).",
  "opt.mfu": "Model FLOPs utilization to assume, e.g. 40% (default: the 30–50% range, point 40%).",
  "opt.price": "Price per GPU-hour, e.g. $2.5/h, or one per GPU of a list: $2.5/h,$1.5/h.",
  "opt.precision": "Precision of the peak or the weights: bf16, fp8, ...",
  "opt.gpu-hours": "GPU-hours of the run, e.g. 2.664M (or 2048*21days).",
  "opt.tokens-per-second": "Measured training throughput in tokens/s (all GPUs).",
  "opt.heads": "Attention (query) heads.",
  "opt.head-dim": "Dimension of one attention head.",
  "opt.moe": "The parameter count is a MoE total (warn when MFU uses it).",
  "opt.recompute": "Count full activation recomputation (hardware FLOPs, HFU) / recomputation mode.",
  "opt.budget": "A training compute budget in FLOP, e.g. 3.14e23.",
  "opt.mode": "infer, train, full (fine-tune), lora or qlora.",
  "opt.zero": "ZeRO stage 0–3 (shards optimizer, gradients, weights).",
  "opt.dp": "Data-parallel size that ZeRO shards across.",
  "opt.context": "Context length for the KV cache or activations, e.g. 8k.",
  "opt.batch": "Sequences decoded together (serving); micro-batch (training).",
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
  "title.mfuFlops": "MFU of {flops} FLOP on {gpu}",
  "title.mfuAchieved": "MFU of an achieved rate on {gpu}",
  "title.chinchillaParams": "Chinchilla-optimal training for {params} parameters",
  "title.chinchillaBudget": "Compute-optimal model for {budget} FLOP",
  "title.cardsInfer": "Serving {params} parameters on {gpu}",
  "title.cardsTrain": "Training {params} parameters on {gpu}",
  "title.params.gpt": "Parameters of a GPT-style transformer",
  "title.params.decoder": "Parameters of a Llama-style decoder",
  "title.params.network": "Parameters of the network, layer by layer",
  "title.gpus": "GPU catalog ({count} accelerators)",
  "title.gpusFiltered": "GPUs matching “{filter}” ({count})",
  "title.gpusWithMemory": "GPUs with {memory} GB ({count})",
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
  "row.gpusWholeNodes": "The same in whole nodes of 8",
  "row.wallTime": "Time to train",
  "row.gpuHours": "GPU-hours",
  "row.cost": "Cost",
  "row.trainCards": "Cards to hold training state",
  "row.modelFlops": "Model FLOP",
  "row.hardwareFlops": "Hardware FLOP (with recomputation)",
  "row.gpuSeconds": "GPU-seconds",
  "row.achieved": "Achieved per GPU",
  "row.mfu": "MFU",
  "row.publishedMfu": "MFU (published)",
  "row.hfu": "HFU",
  "row.weights": "Weights",
  "row.gradients": "Gradients",
  "row.optimizer": "Optimizer states",
  "row.kvCache": "KV cache",
  "row.activations": "Activations",
  "row.overhead": "Runtime overhead",
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
  "note.tokensDefaultChinchillaRun":
    "{model}'s training tokens are not published: the {tokens} here are the Chinchilla-optimal count (20 per parameter), an assumption, not its run's. Give tokens= for another count.",
  "note.chinchillaMoe":
    "Chinchilla's 20 tokens a parameter was fitted on dense models: for a mixture of experts the row counts the {total} total parameters ({totalTokens} tokens); on the {active} active ones it gives {activeTokens} tokens. Neither is a published optimum for MoE.",
  "note.activeParams": "MoE: compute uses the {active} active parameters, not the {total} total.",
  "note.attentionNeedsShape": "The attention term needs layers=, d= and ctx= together.",
  "note.underTrained":
    "This run sees {times}× the Chinchilla-optimal tokens: more tokens would help this size.",
  "note.overTrained":
    "This run sees {times}× the Chinchilla-optimal tokens: over-trained for its size, which buys cheaper inference.",
  "note.defaultGpus": "Assumes {gpus} GPUs; set gpus= or days=.",
  "note.tpuChipHours":
    "On {gpu}, GPU-hours here are chip-hours: one TPU chip for an hour, as Google's papers count them (PaLM §4: 8.4M TPU v4 chip-hours).",
  "note.trainCards":
    "Training state is mixed-precision Adam, 16 bytes per parameter, sharded over every card (ZeRO-3); activations not included.",
  "note.mfuNoAttention":
    "6N per token ignores attention; give layers=, heads=, head-dim= and ctx= for the PaLM Appendix B figure.",
  "note.defaultPrecision": "Peak at bf16 dense; set precision=fp8 for an FP8 run.",
  "note.chinchillaRule":
    "Chinchilla: about 20 tokens per parameter is compute-optimal; inference-heavy models are often trained far longer.",
  "note.kvNeedsShape":
    "The KV cache is not counted: this architecture's cache is not modelled. Give layers=, kv-heads= (or heads=) and head-dim= (or hidden=) to count it, 2·L·n_kv·d_head·bytes per token.",
  "note.activationsNeedShape":
    "Activations need layers=, hidden=, heads= and context=; only model states are counted.",
  "note.ruleOfThumbTrain":
    "The seed article's rule of thumb, {k} × the weights (weights, gradients, optimizer states and activations, about the weights' size each: {bytes} B a parameter in bf16), is a floor: mixed-precision Adam alone keeps {adam} B a parameter (bf16 weights and gradients, fp32 master weights and two fp32 moments; Rajbhandari et al. 2020, ZeRO §3.1) before activations, and the cards needed count that.",
  "note.trainMixedPrecision":
    "Training memory assumes bf16 mixed-precision Adam whatever the precision given.",
  "note.usableFraction": "Assumes {percent}% of each card's memory is usable.",
  "note.gptFormula":
    "Per layer 12h² + 13h (attention 4h²+4h, MLP 8h²+5h, norms 4h), plus embeddings: Kaplan et al. 2020 (Table 1) count the 12h² and leave biases and norms out; the 13h that counts them is Narayanan et al. 2021 (§5.1).",
  "note.decoderFormula":
    "Grouped-query attention, gated MLP 3·h·ffn, RMSNorm; MoE counts all experts in total, top-k in active.",
  "note.densePeaks": "Peaks are dense; vendor sheets often print sparse figures (2×).",
  "note.sparseAsked":
    "Read “sparse” as asking for the sparse peak: the catalog holds dense peaks only, the ones training and MFU are measured against. NVIDIA's datasheets print Tensor Core figures with 2:4 structured sparsity, twice the dense ones (H100 SXM fp8: 3,958 with sparsity, 1,978.9 dense).",
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
  "hint.computeWithGpu": "Next: /flops cards {params} gpu={gpu} mode=train for the memory breakdown.",
  "hint.mfu": "Next: add recompute for hardware FLOPs (HFU), or precision=fp8 for an FP8 run.",
  "hint.mfuRecomputeOrBf16":
    "Next: add recompute for hardware FLOPs (HFU), or precision=bf16 for the MFU against the bf16 peak.",
  "hint.mfuBf16": "Next: precision=bf16 for the MFU against the bf16 peak.",
  "hint.mfuFp8Only": "Next: precision=fp8 for an FP8 run.",
  "hint.mfuPublishedOnly": "Next: /flops model {model} for its published figures beside ours.",
  "hint.mfuImpossible":
    "Next: check the active parameters (active=), the precision, and whether the peak is dense.",
  "hint.chinchilla": "Next: /flops {params} {tokens} gpu=H100 for time and cost.",
  "hint.cardsInfer":
    "Next: /flops serve {params} gpu={gpu} batch={batch} for tokens/s, or mode=train for training memory.",
  "hint.cardsTrain": "Next: fix part of the layout with {layout}, or try mode=lora or mode=qlora.",
  "hint.cardsTrainLayoutGiven": "Next: try mode=lora or mode=qlora.",
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
  "args.missing": "This needs {option}= to be answered: add it, as in the example below.",
  "args.tooLong": "That is too long: at most {max} characters.",
  "args.unknownCommand": "There is no command “{command}”. Did you mean {suggestions}?",
  "args.unknownKey": "/flops {command} has no option “{key}”. Did you mean {suggestions}?",
  "chinchilla.needInput": "Give a model size or budget=, e.g. {example}.",
  "gpu.precisionUnsupported": "{gpu} has no published dense {precision} peak; it has {supported}.",
  "gpu.unknown": "I don't know the GPU “{query}”. Did you mean {suggestions}? (/flops gpus lists them all.)",
  "mfu.needGpus": "tokens-per-second needs the number of GPUs, e.g. {example}.",
  "mfu.needTime": "MFU needs the GPU time: gpu-hours=, or gpus= with days=.",
  "mfu.needTimeRun":
    "{model}'s GPU time is not published, so its MFU cannot be computed here: give the time it ran (gpu-hours=, or gpus= with days=), as in the example below.",
  "compute.needTokensRun":
    "{model}'s training tokens are not published, so its training compute (6ND) cannot be computed: give a token count (tokens=) to compute it for that count, as in the example below.",
  "mfu.unpublishedRun":
    "{model}'s GPU time is not published, nor a single GPU it ran on, so its MFU cannot be computed here: give the GPU and the time as you assume them (gpu=, and gpu-hours= or gpus= with days=), as in the example below.",
  "mfu.unpublishedRunTokens":
    "{model}'s GPU time and training tokens are not published, nor a single GPU it ran on, so its MFU cannot be computed here: give the GPU, the time and the tokens as you assume them (gpu=, gpu-hours= or gpus= with days=, tokens=), as in the example below.",
  "mfu.needTokensRun":
    "{model}'s training tokens are not published, so its MFU cannot be computed here: give a token count (tokens=) to compute it for that count, as in the example below.",
  "mfu.needTokens": "MFU needs the training tokens (or tokens-per-second= with gpus=).",
  "params.denseLayers": "dense-layers={denseLayers} is more than layers={layers}.",
  "params.groups": "groups={groups} must divide both channel counts ({inChannels} and {outChannels}).",
  "params.headDim": "hidden={hidden} is not divisible by heads={heads}: set head-dim=.",
  "params.invalidSize": "{name}={value} must be a whole number of at least {min}.",
  "params.kernel": "The kernel “{kernel}” is not a size like 3x3.",
  "params.kvHeads": "heads={heads} must be a multiple of kv-heads={kvHeads}.",
  "params.layerSyntax": "I can't read the layer “{layer}”; write it like {example}.",
  "params.layerUnknown": "I don't know the layer “{kind}”. Did you mean {suggestions}?",
  "params.missing": "This architecture needs {name}= to be counted: add it, as in the example below.",
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
  "quantity.twoNumbers":
    "“{text}” is two numbers side by side: give one number here (175B), or put * between them to multiply (2048*21days).",
  "quantity.tooLong": "A number of {length} characters is too long (at most {max}), e.g. 175B.",
  "quantity.unitMismatch":
    "“{text}” has the wrong unit here, e.g. 21 days for a time, $2.5/h for a price, 175B for a count.",
  "quantity.unknownWord":
    "I don't know “{word}” in a number. Did you mean {suggestions}? e.g. 175B, 1.4T, 21 days.",

  // Console
  "console.banner":
    "flopsbot local console. Type a command (175B 300B, mfu ..., help) or exit.\nTo answer in Slack or Discord, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see slack/manifest.yml) or DISCORD_TOKEN and DISCORD_APPLICATION_ID in .env, then npm start again (README: Slack, Discord).",

  "console.startHelp":
    "Usage: npm start [-- --json] [--lang zh-TW] [--width N] [question]\nWith SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (add SLACK_APP_TOKEN for Socket Mode) or DISCORD_TOKEN and DISCORD_APPLICATION_ID set, in the environment or in .env (see .env.example), it answers /flops in Slack or Discord; with none, it opens the local console (flops> ), which also answers lines piped in, one per line.\n  --json   each answer as one JSON object per line\n  --lang zh-TW  answer in Traditional Chinese (a line written in Chinese is, without it)\n  --width N  wrap text to N columns\n  --help   this text\n  --version  the name and version\n  question  answered once, then it exits: npm start -- 175B 300B\nOne answer from the shell: npx flops 175B 300B (npx flops --help lists the commands). README: Slack, Discord, The terminal and JSON.",

  // Discord (the /flops command's own descriptions and embed labels)
  "discord.query.summary": "Ask in the text grammar, as after /flops: 175B 300B gpu=H100, mfu ..., help.",
  "discord.opt.text": "The question as you would type it after /flops, e.g. 175B 300B gpu=H100.",
  "discord.opt.private": "Only you see the reply.",
  "discord.opt.lang": "Reply language (default: your Discord language).",
  "discord.opt.explain": "Show the derivation step by step.",
  "discord.lang.en": "English",
  "discord.lang.zh-TW": "Traditional Chinese (繁體中文)",
  "discord.sources": "Sources",
  "discord.more": "…and {count} more (too long for one Discord message).",
  "discord.replyPrivateTitle": "Replies are public",
  "discord.replyPrivate":
    "Everyone sees a reply to my answer, so I did not answer this one here. To see the answer alone, ask with /flops and private: True.",

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
  "model.unpublished":
    "{maker} has not published {name}'s parameter count or training tokens, so its training compute can only be guessed, not computed. Give the size and tokens you assume (e.g. /flops 1T 10T), or ask about a published run (/flops model lists them).",
  "model.notApplicable":
    "{model} gives no {option} for /flops {command}: type {option}= yourself, or see /flops model {model}.",
  "compare.gpus":
    "{gpus} are GPUs: compare sets published runs side by side. GPUs go side by side in a plan, one column per GPU: /flops {corrected}.",
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
  "note.publishedCompute":
    "{model}'s published training compute is {published} FLOP ({source}); the rows above are ours, 6ND and, where the shape is known, with attention.",
  "mfu.publishedFigure":
    "{model}'s published MFU is {published} ({source}). The figures above are ours: the run's model FLOP over its published GPU time or throughput at the dense peak; GPU time that also counts restarts, other stages or downtime gives less.",
  "mfu.publishedHfu":
    "{model}'s published HFU is {published} ({source}); the HFU above, {ours}, counts full recomputation (one more forward pass, 4/3 of the model FLOP). The published HFU is {ratio}× its {mfu} MFU, less than 4/3: the run recomputed only part of the forward pass.",
  "mfu.publishedAchieved":
    "{model} published {achieved} TFLOP/s per GPU ({source}), {share} of this dense peak. The figures above are ours: the run's model FLOP over its published GPU time at the dense peak; GPU time that also counts restarts, other stages or downtime gives less.",
  "mfu.perGpuRateNoCount":
    "No GPU count given: a rate per GPU gives the MFU of any count; add gpus= for the cluster's tokens/s and the time the tokens take.",
  "note.publishedCostUnpriced":
    "{model}'s report gives its training cost as {cost} ({source}); add price= for ours, the GPU-hours above × that price.",
  "note.publishedCost":
    "{model}'s report gives its training cost as {cost} ({source}); any cost here is ours, the GPU-hours above × the price given.",
  "note.mfuFromFlops":
    "The model FLOP is the count given, not 6ND: MFU holds only if it counts the model's FLOP once (no recomputation, as PaLM App. B defines it).",
  "mfu.flopsInDollars":
    "MFU takes the run's FLOP, not dollars: e.g. /flops mfu 3.8e25 FLOP gpu=H100 gpus=16384 days=54.",
  "note.publishedMfuBesideTyped":
    "{model} itself reached {published} MFU ({source}); this plan runs at the {typed} you gave.",
  "model.reading.mfu":
    "{model}: our MFU ({basis}) is {mfu}% on {hardware}; the published figure is {published}.",
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
  "model.reading.hoursWithoutTokens":
    "{model}: its parameters ({params}) and GPU time ({gpuHours}) are published, its training tokens are not, so neither 6ND nor MFU can be computed.",
  "model.reading.paramsOnly":
    "{model}: only the architecture is published ({params} parameters); its training tokens, compute and hardware are not.",
  "model.note.presets":
    "A run's name works in any command in place of its numbers: /flops llama-3-405b, /flops mfu deepseek-v3, /flops cards llama-3-70b gpu=H100 mode=infer context=8k. Values you type override the published ones.",
  "model.note.mla":
    "DeepSeek-V3's multi-head latent attention (low-rank q and kv projections, decoupled RoPE keys) and its multi-token-prediction module are not modelled by the parameter formulas, so the count is not recomputed; the published 671B total and 37B active are used.",
  "model.note.deepseekFp8":
    "DeepSeek-V3 ran most matrix multiplications in FP8; against the FP8 dense peak (twice bf16) its MFU would be half. This reply uses the bf16 dense peak. The seed article's 205% divides by 3,026 TFLOPS, the H800 PCIe's FP8 figure with sparsity (1,513 dense; H800 datasheet), so it compares with neither.",
  "model.note.gpt3Gpus":
    "GPT-3's GPU count and days come from Patterson et al. 2021 (10,000 V100 is NVIDIA's estimate); OpenAI did not publish them.",
  "model.note.gopherRemat":
    "Gopher's published 6.31e23 FLOP counts rematerialization (+33%, one more forward pass) and padding, so 6ND comes out about 20% lower.",
  "model.note.relativePositions":
    "Counted with Transformer-XL relative positions: one h×h projection per layer (L·h²), which a GPT-style count leaves out.",
  "model.note.notInCatalog":
    "Chinchilla trained on TPU v3 and TPU v4 and published neither the chip count nor the chip-hours, so MFU is not recomputed here.",
  "model.note.palmDowntime":
    "The chip-hours include downtime and repeated steps, so MFU from them is lower; PaLM's 46.2% is from the measured throughput (Appendix B).",
  "model.note.optTokens":
    "OPT's 180B tokens is its corpus size; the paper does not state how many tokens the run saw, so 6ND and the MFU from the 809,472 GPU-hours (LLaMA paper, Table 15; the OPT paper gives none) are rough. It kept FP16 weights (§2.4). 147 TFLOP/s per GPU is an “up to” figure.",
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
  "hint.modelNoGpuTime":
    "Next: /flops {id} gpu=H100 for its training on H100s, or /flops cards {id} gpu=H100 mode=infer: its numbers fill in any command.",
  "hint.modelNoTokens":
    "Next: /flops serve {id} gpu=H100 or /flops cards {id} gpu=H100 mode=infer: its numbers fill in any command.",
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
  "explain.const.activationsGated":
    "Activations of a Llama-style layer (grouped-query attention, SwiGLU of width f, RMSNorm, no dropout), counted as Korthikanti et al. 2022 §4.1 count a GPT layer: what each op keeps for its backward pass, 2 bytes a value: s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f) with FlashAttention or selective recomputation, 2·s·b·h (the layer input) with full recomputation.",
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

  // Catalogs (issue 16: late-2026 runs and provenance)
  "model.note.gopherMfuVersions":
    "PaLM's Table 3 gives Gopher 32.5% MFU in the revised paper; its first version (v1) printed 30.8%. Ours, 6ND over 4,096 TPU v3 × 920 h at 123 TFLOP/s, is about 30%.",
  "model.note.llama31Tokens":
    "The Llama 3.1 model card says ~15T tokens and counts the whole training (including the long-context extension to 128K) in its GPU-hours, so the MFU from them is a lower bound.",
  "model.note.llama32":
    "Llama 3.2 1B and 3B were pre-trained on up to 9T tokens with logits from Llama 3.1 8B and 70B as targets (distillation); the 86K GPU-hours of logit generation are not in their GPU-hours. The pre-training context is taken as 8K, as for Llama 3.1 (the card lists 128K after long-context training).",
  "model.note.llama33":
    "The Llama 3.3 model card gives 70B, 15T+ tokens of pre-training data and, in its table, 7.0M H100-80GB GPU-hours for Llama 3.3 70B, so 6ND and the MFU from those hours are lower bounds. Its text's cumulative 39.3M GPU-hours is the sum of the Llama 3.1 card's three models (1.46M + 7.0M + 30.84M), not this run's. The card states no pre-training context; 8K is taken, as for Llama 3.1 (128k is the released model's).",
  "model.note.mlaV2":
    "DeepSeek-V2's multi-head latent attention (low-rank q and kv projections, decoupled RoPE keys) is counted from its config.json by params, serve and cards; this catalog's shape carries only the layers, width, heads and vocabulary, and the paper's 236B total and 21B active are the published figures.",
  "model.note.mlaV2Lite":
    "DeepSeek-V2-Lite's multi-head latent attention (a low-rank kv projection, decoupled RoPE keys, no query compression) is counted from its config.json by params, serve and cards; this catalog's shape carries only the layers, width, heads and vocabulary, and the paper's 15.7B total and 2.4B active are the published figures.",
  "model.note.deepseekV2LiteHours":
    "DeepSeek-V2's paper gives DeepSeek-V2-Lite's 5.7T training tokens but neither its GPU time nor its GPU count, so MFU cannot be computed.",
  "model.note.deepseekV2Hours":
    "DeepSeek-V2's paper gives its training cost per trillion tokens, 172.8K H800 GPU-hours (§3.2.3), not a total: the 1.40M GPU-hours here are 172.8K × 8.1T. It states neither the GPU count nor the days.",
  "model.note.gptOssArch":
    "gpt-oss has biases on q, k, v and o, a learned attention sink per head, biases on the router and on every expert (all 36 or 24 layers MoE, top-4) and a 128-token sliding window on alternate layers: params, serve and cards count it from its config.json; this catalog's shape carries only the layers, width, heads and vocabulary, and the model card's total and active counts (the active without the embedding) are the published figures.",
  "model.note.gptOssTokens":
    "OpenAI's model card gives gpt-oss-120b's 2.1M H100-hours but says only 'trillions of tokens', so neither 6ND nor MFU can be computed. The released MoE weights are MXFP4 (4.25 bits per parameter); attention, router, embedding and head stay bf16.",
  "model.note.gptOss20bHours":
    "OpenAI's model card says gpt-oss-20b needed 'almost 10x fewer' H100-hours than gpt-oss-120b's 2.1M, with no figure, and gives no token count: neither 6ND nor MFU can be computed. The released MoE weights are MXFP4 (4.25 bits per parameter); attention, router, embedding and head stay bf16.",
  "model.note.llama4Arch":
    "Llama 4 puts a shared expert and routed experts (top-1) in its MoE layers (every layer in Scout, every other layer in Maverick) and carries a vision encoder; the parameter formulas do not model that here, so the model card's total and active counts are used.",
  "model.note.llama4Tokens":
    "The model card gives ~40T (Scout) and ~22T (Maverick) tokens of text, image and video data; with 17B active parameters per token, 6ND over its GPU-hours is the MFU shown.",
  "model.note.r1Base":
    "DeepSeek-R1 is DeepSeek-V3-Base (the same 671B MoE pre-trained on 14.8T tokens in 2.664M H800 GPU-hours) plus reinforcement learning: 147K H800 GPU-hours more (R1-Zero 101K, SFT data 5K, R1 41K; DeepSeek-AI 2025, Nature, Supplementary), about 5.5% of the pre-training. 6ND and MFU here are the pre-training's.",
  "model.note.olmo2Tokens":
    "The model card's training tokens (13B: 5T, 32B: 6T) are the pre-training stage, and 6ND here uses them; with mid-training on Dolmino-mix-1124 the OLMo 2 report (§2.3) gives 5.6T (13B) and 6.6T (32B, 6.06T of it pre-training) in all. Ai2 published no GPU-hours for these runs, so MFU is not computed.",
  "model.note.olmo2_7bTokens":
    "OLMo 2 7B's 4.05T tokens (OLMo 2 report, §2.3) count both stages: 3.90T of pre-training and 3 × 50B of mid-training on Dolmino-mix-1124 (the model card rounds to 4T), and 6ND here uses all 4.05T. Ai2 published no GPU-hours for this run, so MFU is not computed.",
  "model.note.qkvBias":
    "Qwen2 and Qwen2.5 add biases to the q, k and v projections, (heads + 2·kv-heads)·head-dim per layer; the decoder formula leaves them out, so the recomputed count is short by exactly that.",
  "model.note.qwenUnpublished":
    "Qwen published the training tokens but neither the hardware nor the GPU time, so MFU cannot be computed.",
  "model.note.headQkNorm":
    "Qwen3 normalizes each query and key head with an RMSNorm of head-dim weights (2·head-dim per layer); the decoder formula leaves them out, so the recomputed count is short by exactly that.",
  "model.note.gemma2Norms":
    "Gemma 2 has four RMSNorms per layer (before and after attention and the MLP); the decoder formula counts two, so the recomputed count is short by 2·h per layer.",
  "model.note.nemotron4":
    "NVIDIA published the tokens (9T: 8T, then 1T of continued pre-training), the 6,144 H100 and Table 2's batch-size ramp with its MFU, but no GPU-hours: the MFU here is from the last stage's throughput (2,304 × 4,096 tokens every 8.0 s), the stage that trained 7.6T of the tokens.",
  "model.note.gemma2Hours":
    "The Gemma 2 report gives the tokens and the TPU slice (Table 3) but not the training time, so MFU cannot be computed.",
  "model.note.phi3Unpublished":
    "The Phi-3 report gives the parameters and training tokens; it publishes neither the hardware nor the GPU time of these runs.",
  "model.note.pythia":
    "Pythia trained every model on the same 299.9B tokens of the Pile in the same order, in fp16 (the 1B in bf16); its GPU-hours (Appendix C, Table 5) are the whole run on 256 A100 40GB.",
  "model.note.mistralParamsOnly":
    "Mistral AI published the architecture and the weights of Mistral 7B, not its training tokens, compute or hardware: only the parameter count is sourced.",
  "model.note.mptArch":
    "MPT-7B has no biases (no_bias), LayerNorms with weights only, ALiBi instead of position embeddings and a tied output head: the decoder formula with a plain 4·d MLP counts it exactly. Its 9.5 days on 440 A100 40GB are the model card's 'about'.",
  // Architectures and Hugging Face configs (exact counts, MLA, forward FLOP)
  "title.params.architecture": "Parameters of {name}, counted tensor by tensor",
  "part.relativePositions": "Relative positions (Transformer-XL)",
  "row.mtpModule": "MTP module (not in the main count)",
  "row.withMtp": "Main model + MTP, as the checkpoint stores it",
  "row.fp8Scales": "FP8 block scales in the checkpoint",
  "row.hubCount": "On the Hub (safetensors)",
  "row.kvPerToken": "KV cache per token (bf16)",
  "row.safetensorsSize": "Safetensors index total_size",
  "opt.relative-positions":
    "Transformer-XL relative positions: one more h×h projection per layer (Gopher, Chinchilla).",
  "opt.config": "A pasted Hugging Face config.json, counted exactly.",
  "params.note.assumedArchitecture":
    "No architecture named: counted as a {architecture} (say transformer, decoder, or a list of layers, to choose).",
  "params.note.relativePositions":
    "Gopher and Chinchilla use Transformer-XL relative positions: one more h×h projection per layer, so about 13·L·h² rather than 12 (Rae et al. 2021 §2; Dai et al. 2019 §3.3).",
  "params.note.mtp":
    "DeepSeek-V3 counts 671B for the main model; its multi-token-prediction module (one more block, a 2h→h projection and norms, §2.2) and the copies of the embedding and head stored with it make the Hub's 685B.",
  "params.note.mla":
    "Multi-head latent attention caches one compressed latent d_c plus one shared RoPE key d_R per layer and token, instead of a key and a value per head (DeepSeek-V2 §2.1, Table 1).",
  "params.note.slidingWindow":
    "{layers} of {total} layers attend within a sliding window of {window} tokens: their KV cache stops growing there.",
  "params.note.fieldsUsed": "Fields used: {fields}.",
  "params.note.fieldsIgnored": "Fields that do not change the count: {fields}.",
  "params.note.fieldsUnknown":
    "Fields I do not understand (the count may miss what they describe): {fields}.",
  "hf.badName":
    "“{repo}” is not a Hugging Face repository name; write it as hf:<org>/<name>, e.g. hf:Qwen/Qwen3-8B.",
  "hf.unknown":
    "Hugging Face has no public repository {repo} with a config.json (404). Check the spelling, e.g. hf:Qwen/Qwen3-8B.",
  "hf.private":
    "{repo} is private or gated on Hugging Face (401/403): I can only read public configs. Paste its config.json with config= instead.",
  "hf.offline":
    "I could not reach huggingface.co for {repo} (offline or blocked). Paste its config.json with config= instead.",
  "hf.timeout":
    "Hugging Face did not answer for {repo} within {seconds} s. Try again, or paste its config.json with config=.",
  "hf.tooLarge": "The file from {repo} is larger than {max} bytes; a config.json is a few KB.",
  "hf.status":
    "Hugging Face answered {status} for {repo}. Try again later, or paste its config.json with config=.",
  "hf.notFetched":
    "hf:{repo} was not fetched before the command ran. Ask again; if it persists, paste its config.json with config=.",
  "hf.configNotJson":
    'The config is not valid JSON ({detail}). Paste config.json as it is, e.g. config={"model_type":"llama",…}.',
  "hf.configTooLarge": "The config has {chars} characters; at most {max} are read. Paste config.json only.",
  "hf.configNotObject": 'A config.json is a JSON object: {"model_type": …, "hidden_size": …}.',
  "hf.unsupportedType":
    "I can count model_type “{type}” only approximately, so I won't. Supported: {supported}.",
  "hf.configMissing": "The config has no {field}, which this model type needs.",
  "flop.attentionProjections": "Forward: attention projections",
  "flop.attentionScores": "Forward: attention scores (Q·Kᵀ, A·V)",
  "flop.mlp": "Forward: dense MLP layers",
  "flop.routedExperts": "Forward: routed experts (top-k)",
  "flop.sharedExperts": "Forward: shared experts",
  "flop.router": "Forward: router",
  "flop.head": "Forward: output head",
  "flop.embedding": "Forward: embedding lookup",
  "flop.mtp": "Forward: MTP module",
  "flop.forward": "Forward FLOP per token",
  "explain.const.threeForward":
    "3 × forward: the forward pass of the architecture itself, counted layer by layer, plus a backward pass of about twice the forward (the seed article, after its reference [8]); for a dense model it equals PaLM's 6N + 12·L·H·Q·T.",
  "explain.const.mlaCache":
    "MLA's cache: the compressed latent d_c and the shared RoPE key d_R per layer and token (DeepSeek-V2 §2.1.4, Table 1).",
  "explain.const.slidingWindow":
    "Sliding-window attention: a layer with a window of W tokens attends to the last W tokens only and keeps only those in its KV cache (a rolling buffer), min(ctx, W) tokens; a global layer keeps every token (Jiang et al. 2023, Mistral 7B, §2).",
  "mfu.row.sixNTotal": "MFU with 6·N_total·D",
  "mfu.row.sixNActive": "MFU with 6·N_active·D",
  "mfu.row.threeForward": "MFU with 3 × forward (the seed's method)",
  "mfu.row.threeForwardMtp": "MFU with 3 × forward, MTP included",
  "opt.arch":
    "A published architecture to count the forward pass of (deepseek-v3): adds the 3 × forward MFU.",
  "mfu.unknownArch": "I have no exact architecture called “{arch}”; known: {known}.",
  "mfu.note.seedMethod":
    "Three ways to count the same run: 6·N_total·D treats every expert as used (impossible), 6·N_active·D is the usual fix, and the seed article's method counts 3 × the forward pass of the architecture itself (the backward pass costs about twice the forward).",
  "model.note.seedStory":
    "The seed article's story: DeepSeek reports 2,788K H800 GPU-hours (2,664K for pre-training) for 14.8T tokens. With 6ND and all 671B parameters the MFU comes out above 100% (the article found 205% with 3,026 TFLOPS, the H800 PCIe's FP8 figure with sparsity; against the bf16 dense peak used here it is {total}%): MoE, MLA and MTP save compute, but nothing explains that, short of saying DeepSeek under-reported its hours. The article's resolution, after its reference [8], is to replace 6ND by 3 × the FLOP of DeepSeek-V3's whole forward pass; that gives {mfu}% here, inside its 35–45% and below the 60% that would be suspicious.",
  // Planning: compute, MFU, Chinchilla methods, GPU comparison, energy (issue 15)
  "opt.flops":
    "A training compute budget in FLOP, e.g. 1e25 (without params: the compute-optimal split); in dollars with gpu= and price=, e.g. budget=$1M gpu=H100 price=$2/h.",
  "opt.power": "Board power per GPU in W, e.g. 700 (default: the GPU's datasheet TDP).",
  "opt.pue": "Power usage effectiveness of the data centre, e.g. 1.1 (default 1.1, as LLaMA §6).",
  "opt.grid":
    "Grid carbon intensity in kg CO2eq per kWh, e.g. 0.385 (default: the US average LLaMA §6 uses).",
  "opt.tokens-per-gpu": "Measured training throughput in tokens/s of ONE GPU, e.g. 3500.",
  "opt.model-flops":
    "A run's model FLOP as published, e.g. 3.8e25 (Llama 3 405B): the MFU over its GPU time, no size needed.",
  "opt.tflops": "Measured model TFLOP/s per GPU, e.g. 400.",
  "opt.step-time": "Measured seconds per optimizer step (with batch-tokens= and gpus=), e.g. 6.",
  "opt.batch-tokens": "Global batch in tokens per step, e.g. 16M.",
  "title.mfuVerdict": "{mfu} MFU against published runs",
  "row.mfuAsked": "MFU asked about",
  "hint.mfuVerdict": "Next: /flops 70B 15T gpu={gpu} mfu={mfu} for the time and cost of a run at it.",
  "title.hardwareBudget": "What {gpuHours} GPU-hours of {gpu} buy",
  "row.sameBudgetParams": "Same budget, compute-optimal: parameters",
  "row.sameBudgetTokens": "Same budget, compute-optimal: tokens",
  "row.gpuHoursAtMfu": "GPU-hours at the given {mfu} MFU",
  "row.impliedMfu6N": "Implied MFU, 6N per token",
  "row.impliedMfuAttention": "Implied MFU, 6N + attention (PaLM App. B)",
  "row.mfuOtherBasis": "The same MFU counted as 6N per token",
  "row.tokensPerSecondCluster": "Tokens/s, whole cluster",
  "row.tokensPerSecondPerGpu": "Tokens/s per GPU",
  "row.tokensPerGpuAtAchieved": "Tokens/s per GPU at that rate",
  "row.timeAtRate": "Time for the tokens at this rate",
  "row.deliveredFlops": "FLOP delivered (at {mfu} MFU)",
  "row.energy": "Energy, MWh",
  "row.emissions": "Emissions, t CO2eq",
  "row.gpuCompareTime": "{gpu} · time to train",
  "row.gpuCompareCost": "{gpu} · cost",
  "row.gpuCompareCards": "{gpu} · cards to hold training state",
  "row.mfu6N": "MFU, 6N per token",
  "row.mfuAttention": "MFU, 6N + attention (PaLM App. B)",
  "row.modelFlopsAttention": "Model FLOP with attention",
  "row.chinchillaTable3": "Hoffmann Table 3 (Approach 1)",
  "row.chinchillaApproach3": "Hoffmann Approach 3 fit (Eq. 4)",
  "row.chinchillaBesiroglu": "Besiroglu et al. 2024 corrected fit",
  "row.chinchillaTable3Params": "Hoffmann Table 3 (Approach 1): parameters",
  "row.chinchillaApproach3Params": "Hoffmann Approach 3 fit (Eq. 4): parameters",
  "row.chinchillaBesirogluParams": "Besiroglu et al. 2024 corrected fit: parameters",
  "model.row.mfuAttention": "MFU, 6N + attention over the GPU time (ours)",
  "note.mfuRange":
    "Time, GPU-hours and cost at {point} MFU, the point of the {low}–{high} range large published runs reach (PaLM Table 3: Gopher 32.5%, MT-NLG 30.2%, PaLM 46.2%; Llama 3 405B 38–43%); the formulas give both ends. Set mfu= to pin it.",
  "note.mfuBasis6N":
    "MFU here counts 6N FLOP per token; give layers=, d= and ctx= to count attention too (PaLM App. B), as published MFUs do.",
  "note.mfuBasisAttention":
    "MFU here counts {perToken} FLOP per token (PaLM App. B), as PaLM and Llama 3 report it; the 6N reading of the same GPU time is shown beside it.",
  "note.mfuDefinitions":
    "One definition: MFU = model FLOP / (GPU-seconds × dense peak). The model FLOP per token is 6N, or 6N + 12·L·H·Q·T with attention (PaLM App. B); both are labelled.",
  "note.achievedRecompute":
    "If the rate was logged by a tool that counts the recomputed forward pass, it is hardware FLOP, not model FLOP: Megatron-LM's paper counts 96·B·s·l·h²·(1 + s/6h + V/16lh) a step, four passes where the model does three (Narayanan et al. 2021, eq. 3), so with full recomputation {mfu} is an MFU of {model} (× 3/4).",
  "note.achievedBasis": "An achieved TFLOP/s per GPU is read as model FLOP: MFU is simply achieved / peak.",
  "note.mfuPublishedOnly":
    "{model}'s MFU as published, not computed here: its GPU time is not in the catalog. With the time it ran, the MFU is ours (model FLOP / (GPU-seconds × dense peak)), e.g. {example}.",
  "note.achievedNoSize":
    "No model size given: MFU needs none (achieved / peak). A size adds tokens/s per GPU at that rate (achieved / 6N), e.g. /flops {example}.",
  "note.helpRequiredUnless": "(*) {option}= is needed unless {others}= is given.",
  "note.budgetSplit":
    "No model given: the {budget} FLOP budget is split compute-optimally, N* = √(C/120), D* = 20·N*.",
  "note.budgetSplitTable3Row":
    "√(C/120) is the 20-tokens-per-parameter rule (C = 6·N·20N); Hoffmann et al. 2022 Table 3 (Approach 1) lists {params} parameters and {tokens} tokens for {budget} FLOP. /flops chinchilla budget={budget} shows each method.",
  "note.budgetSplitTable3":
    "√(C/120) is the 20-tokens-per-parameter rule (C = 6·N·20N); Hoffmann et al. 2022 Table 3 (Approach 1) gives {params} parameters and {tokens} tokens for {budget} FLOP (log-log between its rows). /flops chinchilla budget={budget} shows each method.",
  "note.fp8Speedup":
    "fp8 peak {fp8} FLOP/s is twice bf16's {bf16}, but runs do not train twice as fast: a published Llama-3-70B run went from {from} to {to} TFLOP/s per H100 with fp8, {speedup}× (Fujii et al. 2024).",
  "note.energyAssumptions":
    "Energy assumes {watts} W per GPU ({wattsFrom}), PUE {pue} and {grid} kg CO2eq/kWh, by the method of LLaMA §6 (GPU-hours × W × PUE × kg CO2eq/kWh; with its defaults, PUE 1.1 and 0.385, it reproduces Llama 2 Table 2); set power=, pue= and grid=.",
  "note.energyNeedsPower":
    "{gpu} has no board power in the catalog: set power= (W) for energy and emissions.",
  "note.gpuCompare":
    "Every GPU at {gpus} GPUs, {mfu} MFU and {precision} dense peak, fastest first; set price= once or once per GPU in the same order.",
  "note.gpuComparePrices":
    "No prices given: add price=$2.5/h (one for all) or price=$2.5/h,$1.5/h (one per GPU).",
  "note.chinchillaMethods":
    "Methods differ: 20·N is the rule of thumb; Table 3 is Approach 1; Eq. 4 with the published (rounded) Approach 3 constants puts much more data at this size, a misfit Besiroglu et al. 2024 trace to the fit and correct. Table 2 exponents N ∝ C^a, D ∝ C^b: {exponents}.",
  "mfu.looksPerGpu":
    "{value} tokens/s for the whole cluster gives a tiny MFU; as a per-GPU figure it gives {percent}%. Did you mean {example}?",
  "mfu.needStep":
    "Step time needs the global batch and the GPUs: step-time=, batch-tokens= and gpus=, e.g. {example}.",
  "compute.needInput":
    "Give a model size, a budget or a hardware budget, e.g. {example}, or gpu=H100 gpus=1000 days=90.",
  "compute.priceCount": "Give one price, or one per GPU: {prices} prices for {gpus} GPUs, e.g. {example}.",
  "hint.hardwareBudget": "Next: /flops {params} {tokens} gpu={gpu}{rest} for time and cost of that model.",
  // Reading a question (forgiving reader, Read as, plausibility guards)
  "readAs.line": "Read as: {items}",
  "readAs.assumed": "{item} (assumed)",
  "readAs.params": "{value} parameters",
  "readAs.active": "{value} active parameters",
  "readAs.flop": "{value} FLOP",
  "readAs.mfu": "MFU {value}",
  "readAs.gpus": "{count} × {gpu}",
  "readAs.item": "{name} {value}",
  "readAs.names": "names {value}",
  "read.quantization": "Read {word} as {precision} weights (4-bit quantization).",
  "read.pfDays": "Read {typed} as {flop} FLOP: a PF-day is 10¹⁵ FLOP/s for 86,400 s, 8.64 × 10¹⁹ FLOP.",
  "read.flopUnit": "Read {typed} as {flop} FLOP: its prefix is × {one}.",
  "read.flopDays": "Read {typed} as {flop} FLOP: one is {rate} FLOP/s for 86,400 s, {day} FLOP.",
  "read.flopNotHere":
    "“{value}” is compute, and this command takes no compute budget: e.g. /flops {example}.",
  "read.flopRate":
    "“{value}” is a rate (FLOP per second), not an amount of compute: give the FLOP, e.g. /flops {example}. A rate held for days is FLOP/s-days (1 EFLOP/s-day = 8.64 × 10²² FLOP).",
  "read.pfDaysNotHere":
    "“{value}” is compute (a PF-day is 8.64 × 10¹⁹ FLOP), and this command takes no compute budget: e.g. /flops {example}.",
  "read.asBudget": "Read {value} as a compute budget (FLOP).",
  "read.noBudget":
    "/flops {command} takes no compute budget, so “{value} FLOPs” has nowhere to go. For a budget, try /flops chinchilla budget={value}; here, e.g. /flops {example}.",
  "read.batchTokens":
    "A batch in tokens (“{typed}”) is not used by /flops {command}: no number here changes with it (a training plan's time is 6·N·D / (GPUs × peak × MFU), whatever the batch). Without it: /flops {example}. With a step time, /flops mfu reads it as the run's throughput, e.g. /flops mfu 70B gpu=H100 gpus=1024 step-time=6 batch-tokens=4M.",
  "read.batchTimesSteps":
    "Read “{batch}” × “{steps}” as the tokens the run sees: D = B · S (Kaplan et al. 2020 §2.1 writes C = 6NBS).",
  "read.product":
    "“{value}” multiplies two sizes: that is compute, not a parameter count. Give them apart, e.g. /flops {example}.",
  "read.framework":
    "“{word}” is how a run is parallelised: 6ND does not depend on it, and its effect on the time is the MFU it reaches. Leave it out, or give that MFU with mfu=.",
  "read.frameworkMemory":
    "“{word}” is how a run is parallelised: what it changes here is how the model states are sharded, given as zero= (0–3; FSDP's full sharding is zero=3), tp= and pp=.",
  "read.thousandsBinary":
    "Read {word} as {count} GPUs; papers often write {word} for {binary} (Llama 3's “16K H100” were 16,384): if that was meant, type {typed}.",
  "read.unknownWord": "I don't know what “{word}” means in /flops {command}; e.g. /flops {example}.",
  "read.servingAsTraining":
    "“{word}”: this line reads as a training run (6ND, its time and cost), not serving. Serving is /flops serve: its layout, tokens/s per GPU and GPUs for a request rate, e.g. /flops {example}.",
  "read.moeNeedsActive":
    "“{word}”: a mixture of experts computes with its active parameters per token, not its total (6·N_active·D); give them, e.g. /flops {example}.",
  "plausible.activeAboveTotal":
    "{active} active parameters is more than the model's {params} in all: a mixture of experts uses a part of its parameters per token. Give the total first and the active after, e.g. /flops 100B 5T active=10B.",
  "read.unplaced": "Not used: {words} (/flops {command} has no option for it).",
  "read.unused": "Not used: {option} (this /flops {command} answer does not depend on it).",
  "read.utilizationAsMfu":
    "Read “{typed}” as the MFU (model FLOPs utilization), the share of the GPUs' dense peak that the model's FLOP use; a GPU utilization from nvidia-smi (time busy) is not one.",
  "read.achievedOverPeak":
    "{tflops} TFLOP/s per GPU is above the {gpu}'s dense {precision} peak of {peak} TFLOP/s (MFU {mfu}): no GPU runs above its peak. Was it a sparse figure, or another precision's?",
  "read.achievedAsMfu":
    "Read {tflops} TFLOP/s per GPU as MFU {mfu} = {tflops} / {peak}, the {gpu}'s dense {precision} peak in TFLOP/s (MFU = achieved / peak, PaLM §4.1).",
  "read.achievedNeedsGpu":
    "An achieved {tflops} TFLOP/s per GPU sets the MFU only on a GPU: name it, e.g. /flops 70B 2T gpu=H100 gpus=512 tflops={tflops}.",
  "read.achievedOneGpu":
    "An achieved {tflops} TFLOP/s per GPU is one GPU's rate; you gave {count} GPUs. Ask once per GPU, e.g. /flops 70B 2T gpu=H100 gpus=512 tflops={tflops}, or side by side at one MFU with mfu=.",
  "read.achievedWithMfu":
    "tflops={tflops} and mfu={mfu} both set the MFU (an achieved rate per GPU over its peak is an MFU): give one of the two.",
  "read.gpusFromRun":
    "{model}'s published {count} GPUs were {runGpu}; the same count is assumed on {gpu}. Set yours with gpus=.",
  "read.precisionFallback": "{gpu} has no bf16 peak: using its best precision, {precision}.",
  "plausible.paramsArithmetic":
    "“{value}” works out to {result}, under 1,000: too small for a parameter count. Give the model's size with its suffix (K, M, B, T), e.g. 175B.",
  "plausible.paramsRatio":
    "“{value}” works out to {result}: a ratio, not a parameter count. A model's FLOP over GPU-seconds × peak is an MFU, here {percent}; /flops mfu takes the FLOP and the GPU time and says whether that is possible, e.g. /flops mfu 6*14.8T*671B FLOP gpu=H800 gpu-hours=2.664M.",
  "plausible.paramsRatioGpu":
    "“{value}” works out to {result}: a ratio, not a parameter count. A model's FLOP over GPU-seconds × peak is an MFU, here {percent}; /flops mfu takes the FLOP and the GPU time and says whether that is possible. Below, {gpu} is the catalog's first GPU with a dense peak of {peak} TFLOP/s: name yours if it is another.",
  "plausible.paramsTiny":
    "{value} parameters is too small for a model (under 1,000). Did you mean {suggestion}? Sizes need their suffix: K, M, B, T.",
  "plausible.paramsHuge": "{option}={value} is more than 100T parameters, far beyond any published model.",
  "plausible.paramsFraction": "{option}={value} is not a whole number of parameters.",
  "plausible.tokensFew":
    "{tokens} tokens is under 1/1000 of a token per parameter for {params}: was a suffix missing?",
  "plausible.sizesSwapped":
    "Read as {params} parameters on {tokens} tokens, {ratio} tokens a parameter: published runs train on more tokens than parameters (GPT-3 1.7, Chinchilla 20). If the sizes are the other way round, give them as {swapped}.",
  "plausible.mfuLow":
    "An MFU of {percent}% is far below any real run (30–60%): was that a fraction typed as a percentage?",
  "plausible.impliedMfuLow":
    "The implied MFU, {percent}%, is far below any real run (30–60%): check the GPU count and the time.",
  "plausible.throughputLow":
    "The implied MFU, {percent}%, is far below any real run: was that tokens/s figure per GPU? Give the whole cluster's tokens/s.",
  "plausible.gpusMany": "{gpus} GPUs is more than the largest published training cluster (about {largest}).",
  "plausible.durationShort":
    "A wall time of {seconds} seconds is under a minute: was a unit missing (days, hours)?",
  // Layouts, fine-tuning and serving (cards)
  "opt.tp": "Tensor-parallel size t: a power of two dividing the heads.",
  "opt.pp": "Pipeline-parallel size p: divides the layers.",
  "opt.attention": "flash (default: no s² scores stored) or unfused.",
  "opt.kv-precision": "KV-cache precision, apart from the weights' (default bf16).",
  "opt.rank": "LoRA rank r (default 16).",
  "opt.lora-targets": "LoRA on attention (q, k, v, o; default) or all projections.",
  "opt.rate": "Requests per second to serve.",
  "opt.per-user":
    "Decode tokens/s each sequence must get (100 tokens/s per user): the largest batch that keeps it.",
  "opt.prompt": "Prompt tokens per request (prefill).",
  "opt.generate": "Generated tokens per request (decode).",
  "title.cardsFull": "Full fine-tuning of {params} parameters on {gpu}",
  "title.cardsLora": "LoRA fine-tuning of {params} parameters on {gpu}",
  "title.cardsQlora": "QLoRA fine-tuning of {params} parameters on {gpu}",
  "row.layout": "Layout",
  "row.weightsPerGpu": "Weights per GPU",
  "row.gradientsPerGpu": "Gradients per GPU",
  "row.optimizerPerGpu": "Optimizer states per GPU",
  "row.activationsPerGpu": "Activations per GPU (first pipeline stage)",
  "row.gatherBuffer": "ZeRO-3 gathered layers per GPU",
  "row.maxBatch": "Max batch per replica at this context",
  "row.maxBatchOnGpus": "Max batch on the {available} GPUs given",
  "row.maxBatchOnGpusLayout": "Max batch on the {available} GPUs as TP {tp} × PP {pp}",
  "row.perGpu": "Memory per GPU",
  "row.adapters": "LoRA adapter parameters",
  "row.oneCard.full": "Full fine-tuning on one card",
  "row.oneCard.lora": "LoRA on one card",
  "row.oneCard.qlora": "QLoRA on one card",
  "row.kvPerGpu": "KV cache per GPU",
  "row.overheadPerGpu": "Runtime overhead per GPU",
  "row.inferenceFlopsPerToken": "Inference FLOP per token",
  "row.prefillTime": "Prefill time per prompt",
  "row.decodeStep": "Decode time per token (one step)",
  "row.decodePerReplica": "Decode tokens/s per replica",
  "row.decodePerSequence": "Decode tokens/s per sequence",
  "row.batchAtRate": "Largest batch at the rate per sequence",
  "serve.perUserMet":
    "At batch {batch} each sequence decodes {rate} tokens/s, meeting the {target} tokens/s asked (up to {largest} sequences a replica would).",
  "serve.perUserMissed":
    "At batch {batch} each sequence decodes {rate} tokens/s, below the {target} tokens/s asked: a replica keeps {target} tokens/s for at most {largest} sequences, so {batch} take {replicas} replicas, {gpus} × {gpu}.",
  "serve.perUserNever":
    "Even one sequence decodes slower than the {target} tokens/s asked on this layout ({rate} at batch {batch}): a card with more bandwidth, fp8 or int4 weights, or a larger tp= would be faster.",
  "readAs.per-user": "{value} tokens/s per sequence",
  "row.decodePerGpu": "Decode tokens/s per GPU",
  "row.decodeBound": "Decode is",
  "row.requestsPerReplica": "Requests/s per replica",
  "row.requestTime": "Time per request (prefill + decode)",
  "row.servingCards": "GPUs for the request rate",
  "row.costPerMillionDecoded": "Cost per 1M decoded tokens",
  "row.costPerMillionGenerated": "Cost per 1M generated tokens",
  "row.costPerMillionAtMaxBatch": "Cost per 1M decoded tokens at the max batch, {batch}",
  "row.costPerHourForRate": "Cost per hour for the request rate",
  "note.servingCost":
    "Cost is GPU time alone at {price} a GPU-hour, every replica busy, each request's prefill counted with its generated tokens. The throughput above is the roofline's upper bound, so the cost is a lower bound; CPUs, network, storage and idle capacity are not counted.",
  "note.servingCostDecode":
    "Cost is GPU time alone at {price} a GPU-hour for decoding at the batch above, every step full; prefill is not counted (give rate= with prompt= and generate= to count each request's). The throughput is the roofline's upper bound, so the cost is a lower bound.",
  "layout.trainSelectiveRecompute": "TP {tp} × PP {pp} × DP {dp}, ZeRO-{zero}, selective recompute",
  "layout.trainFullRecompute": "TP {tp} × PP {pp} × DP {dp}, ZeRO-{zero}, full recompute",
  "layout.trainNoRecompute": "TP {tp} × PP {pp} × DP {dp}, ZeRO-{zero}, no recompute",
  "layout.serve": "TP {tp} × PP {pp} (tensor × pipeline parallel)",
  "layout.cards": "{gpus} {gpu} = {nodes} nodes of {node}",
  "layout.cardsOneNode": "{gpus} {gpu} in one node of {node}",
  "bound.memory": "memory-bound at batch {batch} (reads weights and KV cache each step)",
  "bound.compute": "compute-bound at batch {batch}",
  "note.layoutSearch":
    "Searched every layout: t a power of two up to {node} dividing the {heads} heads, p dividing the {layers} layers, d as small as ZeRO allows, raised to fill whole nodes of {node} once past one; the smallest GPU count that fits {percent}% of each card wins.",
  "note.kvHeadsTp":
    "t also divides the key/value heads ({kv} of them), so t ≤ {most} although the {heads} query heads allow more: Megatron-LM splits the KV heads over the tensor-parallel ranks (num_query_groups ÷ t) as it does the query heads.",
  "note.tpAcrossNodes":
    "tp={tp} spans more than one node of {node}: tensor parallelism all-reduces inside every layer, over the slower inter-node network here; Megatron-LM keeps t within a server and adds pipeline stages across servers (Narayanan et al. 2021, §3.3, Takeaway #1).",
  "note.tpKvHeads":
    "tp={tp} does not divide the {kv} key/value heads: Megatron-LM splits them over the tensor-parallel ranks (num_query_groups ÷ t) and refuses this t; the memory shown is for it as typed.",
  "note.pipelineInFlight":
    "Under 1F1B the first pipeline stage keeps p micro-batches in flight for its L/p layers: L layers of activations whatever p is, never divided by data parallelism (Korthikanti et al. 2022, §4.2.3).",
  "note.unevenStages":
    "The {layers} layers do not split evenly over pp={pp}: the fullest stage holds ⌈{layers}/{pp}⌉ = {fullest} layers ({average} on average), and the per-GPU rows count it, as if it were the first stage (the embedding, p micro-batches in flight: p·⌈L/p⌉ = {inFlight} layers of activations), an upper bound on every stage. Llama 3 405B trained so (126 layers, PP 16), balancing by one layer fewer on the first and last stages (Llama Team 2024, §3.3.2).",
  "note.maxBatchOnGpus":
    "On the {available} GPUs given, replicas of TP {tp} × PP {pp}: ⌊{available} / {gpus}⌋ = {replicas}, each at the max batch per replica, {total} sequences at once.",
  "note.maxBatchOnGpusBetter":
    "On the {available} GPUs given, replicas of TP {tp} × PP {pp}: ⌊{available} / {gpus}⌋ = {replicas}, each at the max batch per replica, {total} sequences at once. Replicas of TP {bestTp} × PP {bestPp}: {bestReplicas}, holding {bestTotal}, as fewer copies of the weights leave more room for the KV cache (tp={bestTp} answers for that layout).",
  "note.flashAttention":
    "Attention is a fused kernel (FlashAttention) that stores no s² score matrix, as current training stacks use; attention=unfused counts Korthikanti et al.'s 5·a·s/h term.",
  "note.flashAttentionGated":
    "Attention is a fused kernel (FlashAttention) that stores no s² score matrix, as current training stacks use; attention=unfused counts the softmax output (2·n_q·s a token, no dropout) and K and V repeated to the query heads.",
  "note.unfusedAttentionGated":
    "Unfused attention: the s² softmax output (2·n_q·s a token; no dropout) and K and V repeated to the query heads are stored unless recomputed.",
  "note.unfusedAttention":
    "Unfused attention: the s² softmax and dropout tensors (5·a·s/h per s·b·h) are stored unless recomputed.",
  "note.noLayoutFits": "No layout fits on {gpu} at 90% of each card, even at the largest layout tried.",
  "note.noLayoutNoShape0":
    "Without layers=, hidden= and heads= (or a model name) only data parallelism was tried, t = p = 1: ZeRO-0 shards nothing, so each card keeps all the model states (weights, gradients and optimizer states), {gb} GB > {usable} GB, whatever d. Give the shape for tensor and pipeline parallelism, or zero=3.",
  "note.noLayoutNoShape1":
    "Without layers=, hidden= and heads= (or a model name) only data parallelism was tried, t = p = 1: ZeRO-1 shards only the optimizer states, so each card keeps the weights and gradients, {gb} GB > {usable} GB, whatever d. Give the shape for tensor and pipeline parallelism, or zero=3.",
  "note.noLayoutNoShape2":
    "Without layers=, hidden= and heads= (or a model name) only data parallelism was tried, t = p = 1: ZeRO-2 shards the optimizer states and gradients, never the weights, so each card keeps all the weights, {gb} GB > {usable} GB, whatever d. Give the shape for tensor and pipeline parallelism, or zero=3.",
  "note.wouldFitRecompute": "With recompute=full it would fit: {layout}.",
  "note.wouldFitBatch": "With batch=1 it would fit: {layout}.",
  "note.wouldFitGpu": "On a bigger card, {gpu} ({memory} GB), it would fit: {layout}.",
  "note.wouldFitNothing":
    "Nothing in the catalog fits it at this sequence length: shorten the sequence or split it across GPUs (context parallelism).",
  "note.lora":
    "LoRA rank {rank} on the {targets} projections: the base stays frozen in {precision}; only the adapters carry gradients and Adam states; activations are still kept for the backward pass (Hu et al. 2021).",
  "note.qlora":
    "QLoRA: base weights in 4-bit NF4 with double quantization ({bits} bits per weight with its constants), rank-{rank} bf16 adapters on the {targets} projections, a paged optimizer (Dettmers et al. 2023).",
  "note.qloraKeptUntied":
    "QLoRA leaves the token embedding and the untied output head in bf16 ({kept} parameters, 2·V·h): bitsandbytes quantizes only the linear layers, and transformers keeps the output head unquantized (get_keys_to_not_convert); the rest is NF4.",
  "note.qloraKeptTied":
    "QLoRA leaves the tied token embedding and output head in bf16 ({kept} parameters, V·h): bitsandbytes quantizes only the linear layers, and transformers keeps the output head unquantized (get_keys_to_not_convert); the rest is NF4.",
  "note.qloraKeptUnknown":
    "QLoRA leaves the token embedding and output head in bf16 (bitsandbytes quantizes only the linear layers); without vocab= they are counted in NF4 with the rest, which undercounts the weights.",
  "note.servingSixteenBit":
    "Weights in {precision} but the token embedding and output head in bf16 ({kept} parameters, N_16): FP8 and 4-bit schemes quantize the linear layers of the blocks, not the embedding lookup nor the head (vLLM, AWQ, GPTQ, bitsandbytes; DeepSeek-V3 §3.3.1 keeps both in their original precision).",
  "note.decodeLookup":
    "A decode step reads every weight it multiplies by, and of the untied token embedding ({table} parameters, V·h) only the batch's rows: an embedding lookup gathers rows, so the table is not in the bytes read.",
  "note.releasedPrecision":
    "{model}'s released weights are {released} (its config.json's quantization_config); this answer serves them in {precision}, the precision its training MFU is measured against. precision={released} serves the checkpoint as released.",
  "note.contextAssumed": "No context given: {context} tokens assumed.",
  "note.kvPrecision":
    "KV cache in {kv}, weights in {weights}: the cache has its own precision (kv-precision=).",
  "note.slidingWindowKv":
    "Sliding window applied: {local} of {layers} layers attend to the last {window} tokens only and keep only those in the KV cache (a rolling buffer, Jiang et al. 2023 §2), so a sequence of {context} tokens keeps {bytes} GB of KV, not the {full} GB of every token on every layer. KV bytes per token are unchanged; the inference FLOP and the prefill count attention over those tokens only.",
  "note.windowNotApplied":
    "The model's sliding window ({window} tokens on {local} of its {modelLayers} layers) is not applied to the KV cache: layers={layers} was given.",
  "note.memoryUnits":
    "GB = 10⁹ bytes throughout. {gpu}'s {memory} GB is taken as the vendor states it, {memory} × 10⁹ bytes; {usable} GB of it is usable.",
  "note.servingKvHeadsTp":
    "t also splits the {kv} key/value heads evenly or replicates them a whole number of times, so t is one of {sizes} although the {heads} query heads allow more: vLLM's QKVParallelLinear divides n_kv by t (t ≤ n_kv) or t by n_kv (t > n_kv) and refuses any other t.",
  "note.servingTpKvHeads":
    "tp={tp} neither divides the {kv} key/value heads nor is a multiple of them: vLLM's QKVParallelLinear refuses this t (it divides n_kv by t, or t by n_kv); the memory shown is for it as typed.",
  "note.rateImplausible":
    "{rate} requests per second needs {gpus} GPUs, more than the {largest} of the largest AI clusters built (xAI's Colossus, 100,000 H100 in 2024): check the rate, which is per second (rate=300/min or rate=1M/day for other units).",
  "note.tpHeads":
    "Tensor parallelism is a power of two dividing the {heads} attention heads, within a node of {node}; KV heads are replicated when fewer than t.",
  "note.pipelineServing": "One node of {node} cannot hold it: {pp} pipeline stages across nodes.",
  "note.roofline":
    "Decode time per step = max(bytes read / HBM bandwidth, FLOP / dense peak) (Pope et al. 2022); prefill is compute-bound at {mfu}% MFU (mfu= changes it).",
  "note.moeDecode":
    "MoE: each step reads the shared weights and the experts the batch touches, E·(1 − (1 − k/E)^B) = {read} of {experts} experts per layer at batch {batch} (top-{topK}, uniform routing assumed).",
  "note.moeNoExperts":
    "Active parameters given without experts= and top-k=: decode reads all weights (an upper bound); give them to model the experts a batch reads.",
  "note.noServingLayout": "It does not fit on {gpu} even split over every layout tried.",
  "cards.badTp": "tp={tp} must be a power of two dividing heads={heads}, e.g. tp=8.",
  "unit.milliseconds": "{n} ms",
  "cmd.serve.summary": "Serving throughput: prefill, decode tokens/s, GPUs for a request rate.",
  "title.serve": "Serving {params} parameters on {gpu}: throughput",
  "hint.serve": "Next: add {add} for the GPUs a request rate needs, or batch=64.",
  "hint.serveBatchGiven": "Next: add {add} for the GPUs a request rate needs.",
  "cards.badSize": "{option} must be a whole number from 1 to {max}, e.g. {example}.",
  "note.adaptersNeedShape": "The LoRA adapters need layers=, hidden= and heads=: they are not counted.",
  "cards.badPp": "pp={pp} is more pipeline stages than layers={layers}: at most pp={layers}, e.g. pp=2.",
  // Charts (issue 17)
  "chart.footer": "Source: {sources}",
  "chart.none": "No chart for {command}: charts come with compute, cards, chinchilla and compare.",
  "cli.badLang": "flops: --lang {value} is not a language I speak: use --lang en or --lang zh-TW.",
  "cli.badWidth": "flops: --width {value} is not a number of columns: use a whole number, e.g. --width 100.",
  "cli.chartNotWritten": "flops: could not write the chart to {file}: {reason}. The answer above stands.",
  "chart.written": "Chart written to {file} ({width}×{height} px).",
  "cli.chartNeedsFile":
    "The terminal draws a chart into a file: ask once from the shell with --chart and a file name, e.g. npx flops cards 70B gpu=H100 --chart cards.png.",
  "chart.cards.titleInfer": "Serving on {gpu}: {cards} cards",
  "chart.cards.titleTrain": "Training on {gpu}: {cards} cards",
  "chart.cards.titleInferOne": "Serving on {gpu}: {cards} card",
  "chart.cards.titleTrainOne": "Training on {gpu}: {cards} card",
  "chart.cards.subtitle": "Model total {total} in {precision}; usable memory per card {usable}",
  "chart.cards.total": "Model total",
  "chart.cards.perCard": "Per card (× {cards})",
  "chart.cards.axis": "Memory (GB)",
  "chart.cards.usable": "usable {usable}",
  "chart.cards.noActivations": "Activations not counted: give layers=, hidden=, heads= and context=",
  "chart.cards.noKvCache": "KV cache not counted: give layers=, kv-heads= and head-dim=",
  "chart.compute.title": "Training {flops} on different GPUs",
  "chart.compute.attention": "FLOP counted as 6N + attention per token (PaLM App. B)",
  "chart.compute.subtitle": "{gpus} GPUs each, MFU {mfu}, {precision} dense peak",
  "chart.compute.subtitleOneGpu": "{gpus} GPU each, MFU {mfu}, {precision} dense peak",
  "chart.compute.days": "Wall time (days)",
  "chart.compute.hours": "Wall time (hours)",
  "chart.compute.years": "Wall time (years)",
  "chart.compute.assumed": "Assumed, not in the question: {items}",
  "chart.compute.assumedJoin": ", ",
  "chart.compute.assumedGpus": "{gpus} GPUs",
  "chart.compute.assumedMfu": "MFU {mfu}",
  "chart.compute.mfuImplied": "{mfu} (implied by the GPU time)",
  "chart.compute.suspiciousMfu": "MFU {mfu} is suspicious: large published runs reach 40–60%",
  "chart.compute.impossibleMfu": "MFU {mfu} is impossible: above 100% of the peak",
  "chart.compute.gpuHours": "GPU-hours (h)",
  "chart.chinchilla.title": "Chinchilla iso-FLOP curves",
  "chart.chinchilla.subtitle":
    "Fitted loss L(N, D) along each budget C = 6·N·D (Approach 3)\nDashed: compute-optimal D = 20·N (Approaches 1–2)\nThe fit's own minima lie at smaller N",
  "chart.chinchilla.x": "Parameters N (log scale)",
  "chart.chinchilla.y": "Predicted loss (nats/token)",
  "chart.chinchilla.optimum": "Optimum",
  "chart.chinchilla.run": "Your run",
  "chart.compare.title": "Runs compared",
  "chart.compare.subtitle": "{models}\nCompute and tokens per parameter on log axes",
  "chart.compare.flops": "Training compute (FLOP, log scale)",
  "chart.compare.tokensPerParam": "Tokens per parameter (log scale)",
  "chart.compare.mfu": "MFU (%)",
  "chart.compare.chinchilla": "Chinchilla 20",
  "text.sources": "Sources:",
  "discord.opt.chart": "Add a chart (PNG) after the answer.",
  // Conversations: follow-ups, buttons, form, App Home, "Estimate compute"
  "conversation.changed": "Follow-up ({changes}), answered as: {question}",
  "conversation.again": "Answered again as: {question}",
  "conversation.shared": "Shared with the channel: {question}",
  "conversation.startedOver":
    "A question of its own, answered afresh: the thread's last question ({question}) is not carried over.",
  "conversation.lostTitle": "I no longer have the question this follows",
  "conversation.lost":
    "The earlier question is gone (the bot restarted or it expired). Ask the whole question again.",
  "conversation.lostWith":
    "The earlier question is gone (the bot restarted or it expired); the last reading I have is {reading}. Ask the whole question again.",
  "conversation.goneTitle": "The message you replied to was deleted",
  "conversation.gone":
    "It is no longer there, so there is no question to change. Ask the whole question again.",
  "conversation.notAnswerTitle": "That message has no question to change",
  "conversation.notAnswer":
    "It is not an answer with controls under it (an error, help, a list), so there is nothing to change. Reply to an answer, or ask the whole question again.",
  "conversation.notAnswerThread":
    "It is not an answer with controls under it (an error, help, a list), so there is nothing to change. Reply in an answer's thread, or ask the whole question again.",
  "conversation.privateTitle": "This thread keeps no question to follow",
  "conversation.privateThread":
    "The question asked in this thread was private, so the thread keeps none of it (a private answer is its asker's alone). Ask the whole question again, or use the buttons under the private answer.",
  "conversation.gpuKept":
    "No GPU named: kept {gpu}, the GPU the thread's last answer assumed for {model}; an assumption, not yours. Name yours with gpu=.",
  "note.thousandthGpuHours":
    "{typed} GPU-hours is a thousandth of {model}'s published {published}: did you mean {meant}? The answer keeps the {typed} typed; at {meant} the MFU is {mfuMeant}.",
  "note.totalGpuHours":
    "{typed} GPU-hours is {model}'s total, not its pre-training: {pretraining} of pre-training + {extension} of context extension + {post} of post-training. The tokens are pre-training's, so is the catalog's {pretraining}: MFU {mfuPretraining} on it, against {mfuTyped} on the {typed} typed.",
  "conversation.notYours": "Only the person who asked can change or share this private answer.",
  "conversation.gpuMenu": "Another GPU",
  "conversation.explain": "Explain",
  "conversation.chart": "Chart",
  "conversation.lang.en": "English",
  "conversation.lang.zh-TW": "中文 (Traditional Chinese)",
  "conversation.share": "Share in channel",
  "conversation.estimate": "Estimate compute",
  "conversation.estimateNoText":
    "That message has no text to read numbers from (a file, an image or only mentions): Estimate compute reads a message such as “70B on 15T tokens with 512 H100s”.",
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
  "conversation.form.unusedServing":
    "Serving does not use {value}: clear this field, or choose Training as the mode.",

  // /flops gpus, grouped by vendor
  "row.gpuVendor": "{vendor} ({count})",
  "row.gpuPeakAt": "{gpu}, {precision} dense peak",
  "row.gpuPeakAtOps": "{gpu}, {precision} dense peak, TOPS",
  "note.gpuPeakMissing":
    "No dense {precision} peak for {gpus} in the catalog: the card has none, or its sheet gives none sourced here.",
  "row.gpuVendorPart": "{vendor} ({count}, part {part} of {parts})",
  "note.gpuColumns":
    "Each line: memory · bandwidth · bf16 / fp8 dense TFLOP/s (fp16 or fp32, labelled, where a card has no bf16; – where the catalog gives no dense fp8 figure: the card has none, or none is sourced here).",
  // Tables (compare): one column per run; the formulas listed under the table
  "table.formulas": "How each number was found:",
  "compare.table.params": "Parameters",
  "compare.table.tokens": "Training tokens",
  "compare.table.tokensPerParam": "Tokens per parameter",
  "compare.table.flops": "Training compute",
  "compare.table.gpuHours": "GPU-hours",
  "compare.table.mfu": "MFU",
  // Charts: an answer of a charted command that has nothing to draw (fine-tuning, a hardware budget)
  "note.chartNoneForAnswer":
    "No chart for this {command} answer (fine-tuning memory and hardware budgets are not drawn); every number is in the text.",
  // A parallel layout typed to a command that reads none (70B 2T on 1024 H100 tp=8): never a near key (tdp, d)
  "args.layoutKey":
    "/flops {command} takes no parallel layout ({key}=): no number it gives depends on one. /flops cards places a model on a layout (mode=train or mode=infer).",
  "read.layoutWord":
    "/flops {command} takes no parallel layout ({word}): no number it gives depends on one. /flops cards places a model on a layout (mode=train or mode=infer).",
  // Unknown names with nothing close to them: what there is, never an empty "Did you mean"
  "args.keyElsewhere":
    "/flops {command} has no option “{key}” ({key}= is an option of {owners}). Its options: {list}.",
  "args.unknownKeyNoSuggestion": "/flops {command} has no option “{key}”. Its options: {list}.",
  "gpu.unknownNoSuggestion": "I don't know the GPU “{query}”; /flops gpus lists the GPUs I know.",
  "gpu.noneWithMemory": "No GPU I know has {memory} GB; the memories I know are {memories} GB.",
  "params.layerUnknownNoSuggestion": "I don't know the layer “{kind}”. The layers I know: {list}.",
  "args.twice": "{option} is given twice, as {first} and {second}: give it once.",
  "args.unknownCommandNoSuggestion": "There is no command “{command}”. The commands: {list}.",
  "args.badChoiceNoSuggestion": "“{value}” is not one of {choices}.",
  "cards.kvNeedsShape":
    "A KV cache depends on the model's shape, not only its size: its layers, KV heads and head dimension (2·L·n_kv·d_head·bytes a token), which {params} alone does not give. Name the model, e.g. {model} as below, or give its shape and a GPU, e.g. {model}'s: layers={layers} kv-heads={kvHeads} head-dim={headDim} gpu=H100.",
  "cards.kvNeedsModel":
    "A KV cache depends on a model's shape: its layers, KV heads and head dimension (2·L·n_kv·d_head·bytes a token). Name the model, as below, or give its shape: layers=, kv-heads= and head-dim= with params=.",
  "cards.badTpPower": "tp={tp} must be a power of two, e.g. tp=8.",
  // A number out of range for the option it was given to: that option's own example
  "quantity.notPositiveFor": "{option} “{text}” must be above zero, e.g. {example}.",
  "quantity.wordFor": "{option} takes a number, not a word like “{text}”: e.g. {example}.",
  "quantity.notIntegerFor": "{option} “{text}” must be a whole number of at least 1, e.g. {example}.",
  // Reading: request rates, nodes, durations in parts, grouped counts
  "readAs.rate": "rate {value}/s",
  "read.nodes": "Read {nodes} nodes × {perNode} GPUs as {gpus} GPUs.",
  "read.durationSum": "Read {parts} as one duration: {days} days.",
  "read.durationSumHours": "Read {parts} as one duration: {hours} hours.",
  "read.nodesWithoutCount":
    "{nodes} nodes of how many GPUs each? Say it, e.g. /flops 70B 2T {nodes} nodes of 8 H100 (or gpus= for the total).",
  "read.currency":
    "“{word}” is not in US dollars: prices are read in dollars only, with no exchange rate assumed. Convert it and type it in dollars, e.g. price=$2/h.",
  "read.pricePerNode":
    "{perNode} is a price per node, and prices here are per GPU-hour: divide it by the GPUs in a node. With {gpus} GPUs a node (an HGX or DGX holds 8), it is {perGpu} per GPU-hour.",
  "read.nodeWithoutCount":
    "A node of how many GPUs? Say it, e.g. /flops 70B 2T 1 node of 8 H100 (or gpus= for the total).",
  "read.dgx": "Read {nodes} DGX as {gpus} GPUs: a DGX holds {perNode} (NVIDIA DGX datasheets).",
  "read.percentRange":
    "“{value}” is a range: one answer is at one MFU. Without mfu= the answer spans the 30%–50% of large published runs (point 40%); to pin one, ask each end on its own, mfu={low} and mfu={high}.",
  "read.badGrouping":
    "“{value}” is not a number I can read: commas go between groups of three digits (1,024), or leave them out (1024).",
  "read.chineseNumber":
    "“{value}” is not one number I can read: write 兆, 億 and 萬 largest first, each part after the first under 10,000 and in full (1兆4000億 or 一兆四千億 is 1.4T, 1萬4000 is 14,000), or set two numbers apart with a space.",
  // Reading: questions about throughput
  "read.askedTokensPerSecond":
    "Tokens per second is a serving question, what /flops {command} answers: give a model and a GPU, e.g. /flops {example}.",
  // Answers: published figures against the user's own plan, misdirected options
  "preset.notUsed": "{model}: the published {values} are left out, since you typed {typed}.",
  "note.publishedGpuTime":
    "{model}'s published {gpuHours} GPU-hours set the time, cost and energy here, at the MFU that run reached (implied above). Type mfu= to plan your own run at the MFU you expect.",
  "row.gpuHoursPublished": "GPU-hours (published run)",
  "row.wallTimePublished": "Time to train at the published GPU-hours",
  "compare.sameRun":
    "{model} was given {times} times ({words}): compare takes {min} to {max} different runs, e.g. /flops {example}.",
  "gpu.oneOnly":
    "/flops {command} takes one GPU; you gave {count} ({gpus}). Ask once per GPU (gpu={first}), or compare their training time and cost side by side with /flops compute: /flops 70B 2T gpu={list}.",
  "serve.trainingMode":
    "/flops serve answers serving (inference); mode={mode} is training memory, which /flops cards answers: /flops {example}.",
  "row.gpuHoursAtPublishedMfu": "GPU-hours at the published {mfu} MFU",
  "mfu.planAtMfu":
    "/flops mfu works out the MFU from a run's GPU time. To plan time and cost at {value} MFU, ask /flops compute: /flops {example}.",
  // Dollar budgets, MFU warnings in compute, serving defaults, throughput units
  "compute.budgetUsd":
    "A budget in dollars is money, not FLOP: give one GPU and its price to turn it into GPU-hours, e.g. {example}; or give a compute budget in FLOP, e.g. {flopExample}.",
  "note.budgetUsd":
    "The budget {budget} is money, not FLOP: {budget} ÷ {price}/GPU-hour = {gpuHours} GPU-hours.",
  "note.budgetHeld":
    "The size and tokens are given, so the {budget} FLOP typed sets neither: this run's 6ND, {need} FLOP, is {share} of it.",
  "note.budgetUsdHeld":
    "{gpuHours} GPU-hours deliver {flop} FLOP = GPU-h × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1); the size and tokens are given, so the budget sets neither: this run's 6ND, {need} FLOP, is {share} of it.",
  "note.hardwareTokens":
    "No token count given: {gpuHours} GPU-hours deliver {flop} FLOP = GPU-h × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1), which train {tokens} tokens of this model at {perToken} FLOP per token.",
  "note.hardwareTokensRange":
    "No token count given: {gpuHours} GPU-hours deliver {flop} FLOP = GPU-h × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1), which train {tokens} tokens of this model at {perToken} FLOP per token (MFU {high} → {tokensHigh}, {low} → {tokensLow}).",
  "note.budgetUsdFlop":
    "{gpuHours} GPU-hours deliver {flop} FLOP = GPU-h × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1); that FLOP budget sets the tokens.",
  "readAs.budgetUsd": "budget {value}",
  "compute.mfuPastDeadline":
    "At the given MFU {mfu} the run needs {needed} GPU-hours, {time} on {gpus} GPUs: past the {given} given. Meeting that time takes MFU {implied}.",
  "compute.mfuPastGpuHours":
    "At the given MFU {mfu} the run needs {needed} GPU-hours, more than the {given} GPU-hours given; those imply MFU {implied}.",
  "note.requestAssumed":
    "A request rate without prompt= or generate=: each request is assumed to be a {prompt}-token prompt and {generate} generated tokens (set both for your traffic).",
  "row.modelFlopRate": "Model FLOP/s, whole cluster",
  "row.modelFlopRateAttention": "Model FLOP/s with attention, whole cluster",
  "row.hardwareFlopRate": "Hardware FLOP/s (with recomputation), whole cluster",
  // Next: lines that move on; a run's GPU time, power and cost on another GPU; MLA
  "note.publishedPowerOtherGpu":
    "{model}'s published {watts} W per GPU was for its {runGpu}, not {gpu}: the energy here uses {gpu}'s own power.",
  "hint.cardsAdapter":
    "Next: fix part of the layout with {layout}, or mode=train for full training's memory.",
  "hint.cardsAdapterLayoutGiven": "Next: mode=train for full training's memory.",
  "hint.serveRate":
    "Next: precision=fp8 halves the weights' memory and reads; another gpu= compares cards; batch= trades latency for GPUs.",
  "hint.serveRateLowPrecision": "Next: another gpu= compares cards; batch= trades latency for GPUs.",
  "hint.gpusFiltered":
    "Next: /flops 70B 1.4T gpu={gpu} for time and cost on it, or /flops cards 70B gpu={gpu} for memory.",
  "note.publishedMfuOtherGpu":
    "{model}'s published {published} MFU was measured on {runGpu}, not {gpu}: time and cost here are planned over the MFU range instead (set mfu= to pin one).",
  "note.publishedOtherGpu":
    "{model}'s published GPU time was on {runGpu}, not {gpu}: time and cost here are planned at an MFU instead.",
  "mfu.publishedOtherGpu":
    "{model}'s published GPU time was on {runGpu}: against the {gpu} peak this MFU is not that run's. Its own: drop gpu=; a plan on {gpu}: /flops compute.",
  "note.costNeedsPrice":
    "No cost without a price per GPU-hour: add one, e.g. {example}, for cost = GPU-hours × price.",
  "opt.kv-latent":
    "MLA's cached values per token and layer (multi-head latent attention: kv_lora_rank + qk_rope_head_dim), e.g. 512+64 with layers=61 for DeepSeek-V3; the cache is L·(d_c + d_R)·bytes per token, in place of 2·L·n_kv·d_head.",
  // Reading: prices per day, nodes of given GPUs, decimal commas, month names
  "read.pricePerHour": "Read {price} per GPU as {perHour}/GPU-hour.",
  "read.nodesOfGiven": "Read {gpus} GPUs as spread over {nodes} node(s), {perNode} per node.",
  "read.decimalComma":
    "“{value}” is not a number I can read: write the decimal with a point, e.g. {suggestion}; commas only go between groups of three digits (1,024).",
  "read.expertsTimesSize":
    "“{value}” reads as {experts} experts of that size, which is no parameter count: name the model (e.g. {model}) or give params= with experts={experts}.",
  "read.expertsTimesSizeUnknown":
    "“{value}” reads as {experts} experts of that size, which is no parameter count, and I have no published run by that name: give the total as params= with experts={experts} (and active= for the parameters each token uses).",
  "read.ggufQuant":
    "“{word}” is a llama.cpp GGUF quantization, which I do not model: its blocks store scales beside the {bits}-bit weights, so it takes more than {bits} bits per weight, how many depending on the model. I take precision=fp32, bf16, fp16, fp8, int8, int4 or fp4; the nearest counts plain {near}-bit weights, e.g. {example}.",
  "read.ggufFile":
    "“{word}” is llama.cpp's file format, not a precision: its quantizations (Q4_K_M, Q8_0, …) store scales beside the weights, more bits per weight than their names say, and I do not model them. I take precision=fp32, bf16, fp16, fp8, int8, int4 or fp4, e.g. {example}.",
  "read.monthName":
    "“{value}” reads as a month of the year ({month}), not a length of time: for a number of months write {suggestion}.",
  // MLA per layer, compute without a GPU, integer precisions, context as the prompt
  "note.mlaNeedsLayers":
    "kv-latent= is MLA's cache per layer (d_c + d_R): without layers= the cache is not counted. Add the layer count, e.g. kv-latent=576 layers=61 (DeepSeek-V3).",
  "compute.needsGpu": "{options} need a GPU to plan time, MFU or cost: name one, e.g. gpu=H100.",
  "compute.integerPrecision":
    "{precision} is an integer inference throughput ({gpu}: {peak} integer operations/s, TOPS): training runs in bf16 or fp8, so this plan is faster than any training run. Plan with precision=bf16 (or fp8 on Hopper and later).",
  "compute.fp4Precision":
    "fp4 is a serving format ({gpu}: {peak} FLOP/s dense at fp4): published pretraining runs train in bf16 (Llama 3) or fp8 (DeepSeek-V3), so this plan is faster than any of them. Plan with precision=bf16 or precision=fp8.",
  "quantity.notFractionFor": "{option} “{text}” must be above 0% and at most 100%, e.g. {example}.",
  "note.contextAsPrompt":
    "context={context} with a request rate and no prompt=: read as each request's prompt length (prompt={context}), followed by {generate} generated tokens; give prompt= and generate= for your traffic.",
  // A run's published parameter count beside params' own count
  "params.note.matchesPublished": "{model}'s published total is {published}: this count matches it exactly.",
  "params.note.shortOfPublished":
    "{model}'s published total is {published}: this count is {difference} parameters short of it; /flops model {id} says why.",
  "params.note.overPublished":
    "{model}'s published total is {published}: this count is {difference} parameters over it; /flops model {id} says why.",
  // Chat platforms: adapters, security, answer limits
  "args.wordTooLong":
    "A word of {length} characters is too long (at most {max}), so nothing was computed: write the value shorter.",
  "conversation.chartOthers":
    "Only the person who asked can post this answer's chart in the channel; here is the answer for you alone. For a chart of your own, ask it with chart, e.g. /flops 70B 15T gpu=H100 chart.",
  "conversation.chartNotPostedTitle": "The chart could not be posted",
  "conversation.chartNotDrawn":
    "The chart could not be drawn this time; the answer above stands. Ask again with chart, or use the terminal's --chart FILE.png.",
  "conversation.chartNotPosted":
    "Slack did not take the chart in this conversation. Invite flopsbot to it (/invite @flopsbot) and ask again; if it is already here, the app needs the files:write permission (reinstall it).",
  "conversation.chartPrivate":
    "A chart is posted in the channel for everyone to see, so a private answer gets none: share the answer first, then press Chart.",
  "params.runUnmodelled":
    "The parameter formulas here do not model {model}'s architecture, so it is not counted layer by layer: its published total and active counts are in /flops model {id}.",
  // Conversations: refusals of a follow-up, meeting one-liners
  "conversation.unknownWord": "I don't know what “{word}” changes in the thread's /flops {command}.",
  "conversation.changeHint":
    "In this thread, write only what changes, e.g. {example}; a whole question starts over.",
  "note.mfuTypedBelow":
    "{mfu} MFU is under the 30%–50% large published runs reach (PaLM Table 3: Gopher 32.5%, MT-NLG 30.2%, PaLM 46.2%; Llama 3 405B 38–43%): a cautious plan.",
  "note.mfuTypedWithin":
    "{mfu} MFU is within the 30%–50% large published runs reach (PaLM Table 3: Gopher 32.5%, MT-NLG 30.2%, PaLM 46.2%; Llama 3 405B 38–43%): realistic for a well-tuned run.",
  "note.mfuTypedTop":
    "{mfu} MFU is at the top of published runs (PaLM Table 3: PaLM 46.2%, Gopher 32.5%, MT-NLG 30.2%; Llama 3 405B 38–43%): reachable, but only with a well-tuned stack; 40% is the usual plan.",
  "note.mfuTypedAbove":
    "{mfu} MFU is above every large published run (30%–50%: PaLM Table 3: PaLM 46.2%, Gopher 32.5%, MT-NLG 30.2%; Llama 3 405B 38–43%): optimistic; plan with 40%.",
  // Formulas' words (core/formulas: symbolicKey, substitutedKey); the English read as the formula files do
  "formula.memory.summedOverCards": "Σ over all cards",
  "formula.memory.totalOverCards": "weights + gradients + optimizer states, summed over all cards",
  "formula.model.activeExact.symbolic": "shared + top-{k} routed experts + attention + embedding and head",
  "formula.model.activeExact.substituted":
    "{active} ({difference} vs published; without the {embedding} embedding {without})",
  "formula.range.point": " (point: MFU {MFU})",
  "formula.serve.layout.heads": " dividing {heads} heads",
  "formula.serve.layout.layers": " dividing {layers} layers",
  "formula.serve.maxBatch": "⌊({usable} GB / 1.1 − {weights} GB) / {kvSeq} GB⌋ at ctx {ctx}",
  "formula.serve.decodePerGpu": "per replica / {gpus}",
  "formula.serve.replicas": "⌈{rate} req/s / {perReplica}⌉ = {replicas} × ({gpus} {gpu} a replica)",
  "formula.nonEmbedding": "total − embeddings",
  "formula.gpu.wholeNodes": "8 × ⌈{gpus} / 8⌉ = {nodes} nodes of 8",
  "formula.chinchilla.table3Row": "Table 3 row: {N} → {C} FLOP, {D} tokens",
  "formula.chinchilla.table3Between": "Table 3, log-log between its rows: {N} → {C} FLOP",
  "formula.chinchilla.eq4Params": "Eq. 4 (E {E}, A {A}, B {B}, α {alpha}, β {beta}): N = G·(C/6)^a; D {D}",
  "formula.chinchilla.eq4Tokens":
    "Eq. 4 (E {E}, A {A}, B {B}, α {alpha}, β {beta}): N optimal at C = {C} → D = C / 6N",
  "formula.run.vsPublished": " ({difference} vs published)",
  "formula.compare.mfu6N": "6N: {sixN} ({work} / (GPU-seconds × {precision} dense peak))",
  "formula.compare.published": "; published {mfu}",
  "formula.compare.publishedRange": "; published {low}–{high}%",
  "formula.compare.publishedNone": "; published: —",
  "formula.compare.mfuPublished": "published {mfu} ({source})",
  "formula.compare.mfuPublishedRange": "published {low}–{high}% ({source})",
  "formula.forward.perToken":
    "Σ components at T = {T}; 2 FLOP per weight, Q·Kᵀ and A·V at 2·heads·(d_qk + d_v)·T",
  // Published runs changed, plan sanity, serving context, prices and corpora (numbers round 10)
  "compute.publishedMfuPastDeadline":
    "At {model}'s published MFU {mfu} this run needs {needed} GPU-hours, {time} on {gpus} GPUs: past the {given} given. Meeting that time takes MFU {implied}.",
  "compute.publishedMfuPastGpuHours":
    "At {model}'s published MFU {mfu} this run needs {needed} GPU-hours, more than the {given} GPU-hours given; those imply MFU {implied}.",
  "mfu.plannedHigh":
    "A plan at MFU {mfu} is likely too fast: PaLM's best large run reached 46.2% (PaLM Table 3), Llama 3 405B 38–43% (Llama 3 Table 4). Plan at 40% unless you have measured more.",
  "compute.tooFewGpusForState":
    "{gpus} × {gpu} cannot hold the training state: mixed-precision Adam takes 16 B per parameter, {total} GB, and {gpus} cards have {usable} GB usable; it takes {cards} cards (ZeRO-3 over every card), or LoRA/QLoRA (/flops cards mode=qlora).",
  "compute.planTooLong":
    "A run of {years} years is not a plan: published pretraining runs take weeks to a few months (Llama 3 405B: 30.84M H100-hours on 16,384 GPUs, about 78 days). Add GPUs (gpus=) or cut the tokens.",
  "note.kvAtRequest":
    "Each sequence's KV cache is sized at the tokens it holds, prompt + generate = {prompt} + {generate} = {sequence} tokens, not the model's whole context: vLLM allocates KV blocks as tokens arrive (PagedAttention, Kwon et al. 2023).",
  "note.requestAssumedNoRate":
    "prompt= or generate= without the other: each request is assumed to be a {prompt}-token prompt and {generate} generated tokens (set both for your traffic).",
  "note.contextAsPromptNoRate":
    "context={context} with generate= and no prompt=: read as each request's prompt length (prompt={context}), followed by {generate} generated tokens.",
  "serve.pastMaxContext":
    "{tokens} tokens is past {model}'s longest context, {max} tokens (max_position_embeddings in its config.json): it was not trained on sequences that long, so quality past it is unknown. Use a long-context release or fit the request into {max} tokens.",
  "note.prefillPipeline":
    "Prefill of one prompt passes the {pp} pipeline stages one after another, so {tp} GPUs (one stage's tensor-parallel group) work on it at a time: its time is over {tp} GPUs, not {tp} × {pp}, as decode's steps are. Chunked pipelined prefill, which overlaps stages, would be shorter.",
  "chart.compute.costAll": "Cost (USD at {price} for every GPU)",
  "chart.compute.costOne": "Cost (USD at {price}, {gpu} only)",
  "chart.compute.notPriced": "not priced",
  "chart.compute.costEach": "Cost (USD, each GPU at its own price per GPU-hour)",
  "chart.compute.costAt": "{cost} at {price}",
  "compute.priceHigh":
    "{price}/GPU-hour is more than clouds charge for one GPU (about $0.1–$20): was that per node of {node}? Per GPU it is {perGpu}/h (price={perGpu}/h).",
  "compute.priceLow":
    "{price}/GPU-hour is below any cloud's price for one GPU (about $0.1–$20): check the price and its unit (per hour, per GPU).",
  "compute.tokensBeyondCorpora":
    "{tokens} tokens is beyond any published training corpus: the largest is Llama 4 Scout's, about 40T tokens of text, image and video (Llama 4 model card); Qwen3 trained on about 36T, Llama 3 on 15.6T.",
  "chart.compute.datasheets": "datasheets of {gpus}",
  "compare.cell.mfuAttention": "{mfu} (6N+attn)",
  "compare.cell.mfu6N": "{mfu} (6N)",
  "compare.cell.mfuPublished": "{mfu} (published)",
  "note.fp8FromPublished":
    "{model} took {published} in {precision}; at the {speedup}× a published fp8 run measured over bf16 (Fujii et al. 2024) it would take about {fp8}, longer than the plan at twice the peak above.",
  "compute.publishedMfuPastPublished":
    "At {model}'s published MFU {mfu} this run needs {needed} GPU-hours ({time} on {gpus} GPUs), more than the {givenHours} GPU-hours {model} published: the values you changed add work, and doing it in the published time takes MFU {implied}.",
  // Reading a question: GPU model numbers, intents, two-part questions, phrasings (fix10)
  "read.thousandsAsContext": "Read “{word}” as the context length (context={word}), as model cards write it.",
  "read.countOfBoth":
    "Read {count} as the GPU count of both {first} and {second}: no count was typed for {first}, and GPUs side by side share one count (ask another count on its own line).",
  "read.modelOnGpusAsServing":
    "Read {model} on {gpus} as serving it (does it fit): nothing of training (tokens, time, MFU, a price) was given; to plan its training run, say train.",
  "read.digitsGpu": "Read “{word}” as the GPU {gpu}, not a number.",
  "cards.availableFits": "Fits on the {available} {gpu} given: {needed} needed.",
  "cards.availableTooFew": "Does not fit on the {available} {gpu} given: {needed} needed.",
  "cards.availableNone": "Does not fit on the {available} {gpu} given, nor on any layout searched.",
  "cards.available4bitShort":
    "Even with 4-bit weights (precision=int4) it takes {needed}, more than the {available} {gpu}.",
  "cards.available4bit":
    "With 4-bit weights (precision=int4) it takes {needed}, which fits on the {available} {gpu}.",
  "opt.available": "The GPUs you have: the answer says whether the model fits on them (`on 2 4090s`).",
  "read.runAsServing":
    "Read “{word}” as serving (inference): nothing of training (tokens, time, MFU, a price) was given; to plan training, say train.",
  "read.gpuHours": "Read “{typed}” as {value} GPU-hours.",
  "read.gpuTimeUnit": "Read “{typed}” as {value} GPU-hours ({per} hours each; a year is 365.25 days).",
  "read.gpuServingDefault":
    "No GPU named, and {model} publishes none: assuming {gpu}; the weights and KV cache do not depend on it, the cards and speeds do. Name yours with gpu=.",
  "read.gpuFromRun": "No GPU named: assuming {gpu}, the GPU {model} was trained on; name yours with gpu=.",
  "read.sixOnExample":
    "Why 6ND, shown on the seed article's example, GPT-3 (175B parameters, 300B tokens; Brown et al. 2020), none of it typed: ask yours with /flops <params> <tokens> explain (here /flops {example}).",
  "read.definitionOnExample":
    "A definition asked: shown step by step on the command's example, /flops {example}, none of it typed; ask yours the same way with your own numbers.",
  "read.gpuAssumed":
    "No GPU named: assuming {gpu}; the bytes per parameter do not depend on it, the cards and speeds do. Name yours with gpu=.",
  "read.alsoAsked": "Also asked: {what}. This answer is the time; for {what}: /flops {example}.",
  "read.bestGpu":
    "Read “{asked} GPU” as the catalog's {gpus} training GPUs side by side: the same count, MFU and bf16, fastest first. Fastest is not cheapest: add price= (one per GPU, in the same order) for cost; a GPU's real MFU also differs. Other GPUs: gpu=h100,b200,mi300x.",
  "read.bestGpuServing":
    "“{asked}” is not compared for serving: it is sized on one GPU at a time, the one in Read as. Name another with gpu= to compare (decode speed follows memory bandwidth; /flops gpus lists each card's memory and bandwidth).",
  "read.kvPerToken":
    "Read “{typed}” as one token's KV cache: {kb} KB ({exact} bytes), 2·L·n_kv·d_head·bytes, the first factor of the KV cache rows (which multiply it by the context and batch).",
  "read.kvPerTokenMla":
    "Read “{typed}” as one token's KV cache: {kb} KB ({exact} bytes), L·(d_c + d_R)·bytes (multi-head latent attention caches one compressed latent and one RoPE key per layer, DeepSeek-V2 §2.1), the first factor of the KV cache rows (which multiply it by the context and batch).",
  "read.noSuchMemory":
    "No {gpu} has {typed}: the catalog's {gpu} cards have {sizes} GB. Name the one you mean, e.g. {example}.",
  "read.unitAsked":
    "Read “{typed}” as the unit the time is asked in: the time row gives it, in the unit that reads best, and the GPU-hours row the total.",
  "read.trainingFlopsPerToken": "Read “{typed}” as the training FLOP of one token.",
  "read.trainingFlopsPerTokenValue":
    "Read “{typed}” as the training FLOP of one token: 6·N = 6 × {params} = {perToken} FLOP (2·N forward, 4·N backward; Kaplan et al. 2020).",
  "read.trainingFlopsPerTokenAttention":
    "Read “{typed}” as the training FLOP of one token: 6·N = 6 × {params} = {perToken} FLOP (2·N forward, 4·N backward; Kaplan et al. 2020); with attention, 6N + 12·L·H·Q·T = {withAttention} FLOP (PaLM App. B).",
  "read.flopsPerToken":
    "Read “{typed}” as the inference FLOP of one token: the row Inference FLOP per token, 2·N for the forward pass (plus attention when the model's shape is known, PaLM App. B). Training takes 6·N a token: 2·N forward, 4·N backward (Kaplan et al. 2020).",
  "read.epochs":
    "Read {tokens} tokens for {epochs} epochs as {tokens} × {epochs} tokens seen: D counts every pass over the data.",
  "read.epochsNeedTokens":
    "{epochs} epochs of what? Give the tokens of one epoch with them, e.g. /flops 7B 1T for {epochs} epochs on 64 H100, or the tokens seen in all (tokens=).",
  "read.servingEngine":
    "Read “{word}” as serving: the estimate is any engine's bound (weights and KV cache read from memory each step, 90% of the card's memory usable as vLLM's default), not one engine's kernels; a tuned engine comes close to it, never above.",
  "read.askedServe": "Read as a serving question (tokens per second): /flops {command} answers it.",
  "read.gpuLetterO": "“{word}” is no GPU I know: did you mean {gpu} (a zero, not the letter O)?",
  "hf.configNeeds": "The config has no {field}, which a {type} config.json needs: paste the whole file.",
  "hf.configNotNumber": "The config's field {field} must be a number, not {value}.",
  "hf.configAboveMax": "The config's field {field} is {value}, more than the {max} I can count.",
  "hf.configBadValue": "The config's field {field} has a value I cannot use: {value}.",
  "plausible.budgetTokensFew":
    "A budget of {flops} FLOP gives {params} parameters {tokens} tokens, under 1/1000 of a token a parameter: check the budget (training budgets are 1e18 FLOP and up; GPT-3's was 3.14e23).",
  "plausible.derivedParamsHuge":
    "This budget's compute-optimal model has {value} parameters, more than 100T and far beyond any published model: check the budget.",
  "read.twoPrecisions":
    "Two precisions asked ({first} and {second}): one answer is at one precision. Ask each, /flops {one} and /flops {other}, and compare the times.",
  // How many GPUs, asked beside a compute question
  "read.alsoAskedCountAssumed":
    "You asked how many {what}: none given, so the time above is on the count assumed; the count that finishes by a deadline: /flops {deadline}; the cards it takes to hold the training: /flops {example}.",
  "read.alsoAskedCount":
    "You asked how many {what}: this answer is the training compute, which does not depend on the count; for the cards it takes to train it: /flops {example}.",
  // Reading sweep: one GPU, GPUs compared, a leading run, two-part questions
  "read.twoGpuCounts":
    "Two GPU counts asked ({first} vs {second}): one answer is at one count. Ask each on its own line; GPUs at the same count compare side by side (gpu=H100,A100).",
  // Sweep 12
  "read.gpuTimeAsked":
    "Read “{typed}” as asking for GPU time: with a GPU named, the answer gives it in GPU-hours (÷ 24 for GPU-days).",
  "read.emoji": "Skipped “{word}”: an emoji carries no value.",
  "read.dollarBudget":
    "Read {value} as a budget in dollars (no GPU-hour costs that much); a price per GPU-hour is written like $2/h.",
  "read.helpAsked": "Read “{words}” as asking what I do: every command is below, e.g. /flops 175B 300B.",
  "read.runsAsked":
    "Read “{words}” as asking which published runs I know: all of them are below; /flops model <name> shows one.",
  "read.struck": "Left out “{words}”: struck-through text is read as taken back.",
  "read.link": "Skipped “{word}”: a link or mention carries no value; type the numbers (e.g. 405B 15.6T).",
  "preset.otherSize":
    "I have no published figures for “{typed}”: the run I know by that name is {run} ({params} parameters). For another size, give its numbers (parameters, tokens), as in the example below.",
  // Sweep 15
  "read.memoryAsGpu":
    "Read “{typed}” as a GPU of that memory, the {gpu}: whether the model fits depends on the memory only. Name yours with gpu=.",
  "read.memoryNoGpu":
    "No GPU I know has {typed} of memory ({sizes}): name the GPU with gpu=, as in the example below.",
  "read.slashedValues":
    "“{value}” has its values joined by slashes, which read as a division: separate them with spaces, as in the example below.",
  "read.negative": "“{value}” is below zero: a count, price, share or time is never negative.",
  // The join of a list within a message (localize.ts: the sizes of read.severalSizes).
  "list.join": ", ",
  "read.severalSizes":
    "{sizes} are several model sizes: one answer is for one model. Ask one a line (as below), or compare published runs with /flops compare gpt-3 chinchilla.",
  "read.sizesBeforeTokens":
    "{sizes} are two model sizes before the tokens: one answer is for one model. For a mixture of experts, give its active parameters with active= (as below); for two models, ask one a line.",
  "read.gpuCountWhole": "“{value}” GPUs: a count of GPUs is whole.",
  "read.slashedSizes":
    "“{value}” is several model sizes: one answer is for one model. Ask one a line (as below), or compare published runs with /flops compare gpt-3 chinchilla.",
  "read.sizesAsParamsAndTokens":
    "Read “{typed}” as the parameters, then the training tokens (N, D). If they are two model sizes, ask one a line.",
  "read.bareCountAsGpus": "Read {value}, after the size and tokens, as the number of GPUs (gpus={value}).",
  "read.sizeAsKv": "Read “{typed}” as the KV cache's memory: the rows KV cache per GPU and KV cache.",
  "read.sizeAsWeights":
    "Read “{typed}” as the memory of the weights: N × bytes per parameter, the row Weights per GPU times the cards needed.",
  // Sweep 12b
  "read.maxBatchAsked":
    "Read “{typed}” with no number as the largest batch that fits: the row Max batch per replica at this context.",
  "read.costPerMillionAsked":
    "“Per million tokens” read as the cost per 1M tokens, a row of the serving answer once a price per GPU-hour is given (price=$2.5/h).",
  "read.costPerMillionAskedPriced":
    "“Per million tokens” read as the cost per 1M tokens at the price given: the Cost per 1M tokens rows.",
  "read.latencyAsked":
    "Read “{typed}” as serving latency: the time per decoded token is the row Decode time per token (one step); with prompt= and generate= (prompt=1k generate=256), the row Time per request adds the prefill (no queueing or network time).",
  "read.ttftAsked":
    "Read “{typed}” as the time to first token: one prompt's prefill time, the row Prefill time per prompt (no queueing or network time).",
  "read.usersAsBatch":
    "Read “{typed}” as {batch} conversations in flight at once (batch={batch}); for users who are not all generating at the same moment, give the request rate instead (rate=5/s).",
  "cards.availableFp8":
    "With fp8 weights (precision=fp8, native on the {gpu}'s tensor cores) it takes {needed}, which fits on the {available} {gpu}.",
  // The planning sweep
  "read.deadlineDate":
    "“{value}” is a date, and a date is a length of time only from today, which I do not know: give the time left as a length, e.g. in 3 months, in 6 weeks or days=90, as in the example below.",
  "read.deadlineDateBesideLength":
    "Read “{value}” as the date the length of time you gave runs to: the plan uses that length, not the date (a date needs today's, which I do not know).",
  "read.tokensPerParamRatio":
    "Read “{ratio} tokens per parameter” as the tokens: {ratio} × {params} = {tokens} tokens.",
  "read.gpuAssumedEnergy":
    "No GPU named: assuming {gpu} for the energy and emissions asked, which depend on its board power and its speed. Name yours with gpu=.",
  "read.fractionAsMfu":
    "Read “{typed}” as MFU {percent}%, a fraction of the dense peak; at {percent}% MFU says it outright.",
  "plausible.budgetTinySized":
    "A compute budget of {value} FLOP is no training run's (10¹⁸ FLOP and more; GPT-3: 3.14 × 10²³), and with the size and tokens given a budget sets neither. Was another option meant (ctx= for a context length)?",
  "plausible.budgetTinyFlop":
    "A budget of {value} FLOP would train a model of {params} parameters (N* = √(C/120)): training budgets are 10¹⁸ FLOP and more (GPT-3: 3.14 × 10²³).",
  "plausible.budgetTiny":
    "A budget of {value} FLOP would train a model of {params} parameters (N* = √(C/120)): training budgets are 10¹⁸ FLOP and more (GPT-3: 3.14 × 10²³). For a budget in dollars, type the sign ({dollars}) with gpu= and price=, as in the example below.",
} as const;

export type MessageKey = keyof typeof en;
