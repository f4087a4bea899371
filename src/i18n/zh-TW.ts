/**
 * Traditional Chinese (Taiwan). Same keys as en.ts; the type check fails when one is missing.
 * Written the way Taiwanese ML practitioners write: 參數, 訓練, 算力, 詞表, 記憶體, 推論, 張卡, with
 * the usual English terms kept (FLOP, MFU, GPU, MoE, token, KV cache, ZeRO, PF-days). Every
 * `{placeholder}`, option (`gpu=H100`) and command (`/flops ...`) is kept as in English.
 */
import type { MessageKey } from "./en.ts";

export const zhTW: Record<MessageKey, string> = {
  // Command summaries (help)
  "cmd.compute.summary":
    "訓練算力 (6·N·D)、Chinchilla 最佳 token 數，以及以 MFU 區間估算的時間、成本與耗電；可從任一端出發。",
  "cmd.mfu.summary":
    "由 GPU 小時數 (或 GPU 數 × 天數、或 tokens/s) 算出一次訓練的 MFU (Model FLOPs Utilization)，並判斷是否可能。",
  "cmd.chinchilla.summary":
    "依模型大小算出算力最佳的 token 數，或依 FLOP 預算算出最佳的模型大小與 token 數。",
  "cmd.cards.summary": "訓練或推論一個模型需要多少記憶體，要用幾張某款 GPU 的卡。",
  "cmd.params.summary": "GPT 式 transformer、Llama 式 decoder (含 MoE) 或一串網路層的參數量。",
  "cmd.gpus.summary": "GPU 目錄：記憶體、頻寬與 dense 峰值算力，附原廠規格書。",
  "cmd.help.summary": "每個指令的用途、選項與範例。",

  // Option descriptions (help, Discord)
  "opt.params": "參數量 N，例如 175B (MoE 請填總參數量)。",
  "opt.tokens": "訓練 token 數 D，例如 300B。",
  "opt.active": "MoE 每個 token 的啟用參數量，例如 37B。",
  "opt.layers": "層數 L。",
  "opt.hidden": "模型寬度 h (d_model)。",
  "opt.ctx": "上下文 (序列) 長度 T。",
  "opt.gpu": "GPU 型號，例如 H100、A100、MI300X；compute 可給清單 (h100,a100) 並列比較。",
  "opt.gpus": "GPU 數量。",
  "opt.days": "實際花費的時間，例如 21 days 或 90h (只寫數字時單位是天)。",
  "opt.mfu": "假設的 MFU，例如 40% (預設：30–50% 區間，取 40%)。",
  "opt.price": "每 GPU 小時的價格，例如 $2.5/h；GPU 清單可各給一個：$2.5/h,$1.5/h。",
  "opt.precision": "峰值或權重的精度：bf16、fp8 等。",
  "opt.gpu-hours": "這次訓練的 GPU 小時數，例如 2.664M (或 2048*21days)。",
  "opt.tokens-per-second": "實測的訓練吞吐量，單位 tokens/s (所有 GPU 合計)。",
  "opt.heads": "Attention (query) head 數。",
  "opt.head-dim": "每個 attention head 的維度。",
  "opt.moe": "參數量是 MoE 的總參數量 (MFU 用它計算時會提出警告)。",
  "opt.recompute": "計入完整的 activation 重算 (硬體 FLOP，HFU)／重算模式。",
  "opt.budget": "訓練算力預算，單位 FLOP，例如 3.14e23。",
  "opt.mode": "infer (推論)、train (訓練)、full (全參數微調)、lora 或 qlora。",
  "opt.zero": "ZeRO stage 0–3 (切分 optimizer 狀態、梯度與權重)。",
  "opt.dp": "ZeRO 切分所跨的 data parallel 大小。",
  "opt.context": "KV cache 或 activation 的上下文長度，例如 8k。",
  "opt.batch": "一起 decode 的序列數 (推論)；micro-batch (訓練)。",
  "opt.kv-heads": "Key/value head 數 (grouped-query attention)。",
  "opt.spec": "架構 (transformer、decoder) 或一串網路層：dense 784->128, dense 128->10。",
  "opt.d": "模型寬度 h (d_model，hidden size)。",
  "opt.vocab": "詞表大小 V。",
  "opt.tied": "輸出層與 token embedding 共用權重。",
  "opt.ffn": "(gated) MLP 的中間層大小。",
  "opt.experts": "每個 MoE 層的路由專家數。",
  "opt.top-k": "每個 token 使用的專家數。",
  "opt.shared-experts": "每個 MoE 層的共享 (一律啟用) 專家數。",
  "opt.expert-ffn": "單一專家的中間層大小。",
  "opt.dense-layers": "開頭使用 dense MLP (而不是專家) 的層數。",
  "opt.filter": "GPU 名稱的一部分，例如 h100。",
  "opt.topic": "要說明的指令，例如 mfu。",

  // Titles
  "title.compute": "訓練算力：{params} 參數 × {tokens} token",
  "title.mfu": "{params} 參數模型在 {gpu} 上訓練的 MFU",
  "title.mfuFlops": "{gpu} 上 {flops} FLOP 的 MFU",
  "title.mfuAchieved": "{gpu} 上實測速率的 MFU",
  "title.chinchillaParams": "{params} 參數的 Chinchilla 最佳訓練量",
  "title.chinchillaBudget": "{budget} FLOP 預算下的算力最佳模型",
  "title.cardsInfer": "用 {gpu} 推論 {params} 參數的模型",
  "title.cardsTrain": "用 {gpu} 訓練 {params} 參數的模型",
  "title.params.gpt": "GPT 式 transformer 的參數量",
  "title.params.decoder": "Llama 式 decoder 的參數量",
  "title.params.network": "網路各層的參數量",
  "title.gpus": "GPU 目錄 (共 {count} 款加速器)",
  "title.gpusFiltered": "符合「{filter}」的 GPU ({count} 款)",
  "title.gpusWithMemory": "{memory} GB 記憶體的 GPU ({count} 款)",
  "title.help": "flopsbot：訓練算力、MFU 與 GPU 數量",
  "title.helpCommand": "/flops {command}",
  "error.title": "這個我算不出來",

  // Row labels
  "row.name": "{name}",
  "row.trainingFlops": "訓練算力 (6ND)",
  "row.trainingFlopsAttention": "計入 attention (PaLM 附錄 B)",
  "row.pfDays": "PF-days",
  "row.chinchillaTokens": "Chinchilla 最佳 token 數",
  "row.optimalParams": "算力最佳參數量",
  "row.tokensPerParam": "每個參數的 token 數",
  "row.timesOptimal": "佔 Chinchilla 最佳 token 數的比例",
  "row.loss": "最佳點的擬合 loss",
  "row.lossAtTokens": "這次訓練的擬合 loss",
  "row.peak": "每張 GPU 峰值 (dense)",
  "row.gpusForDeadline": "如期完成所需 GPU 數",
  "row.gpusWholeNodes": "換成整台 8 卡節點",
  "row.wallTime": "訓練時間",
  "row.gpuHours": "GPU 小時",
  "row.cost": "成本",
  "row.trainCards": "放得下訓練狀態的卡數",
  "row.modelFlops": "模型 FLOP",
  "row.hardwareFlops": "硬體 FLOP (含重算)",
  "row.gpuSeconds": "GPU 秒",
  "row.achieved": "每張 GPU 實際達到",
  "row.mfu": "MFU",
  "row.publishedMfu": "MFU (公開數字)",
  "row.hfu": "HFU",
  "row.weights": "權重",
  "row.gradients": "梯度",
  "row.optimizer": "Optimizer 狀態",
  "row.kvCache": "KV cache",
  "row.activations": "Activation",
  "row.overhead": "執行時額外開銷",
  "row.memoryTotal": "記憶體總量",
  "row.cards": "需要的卡數",
  "row.ruleOfThumb": "經驗法則 (原始文章)",
  "row.ruleOfThumbCards": "依經驗法則的卡數",
  "row.totalParams": "總參數量",
  "row.nonEmbedding": "非 embedding 參數量",
  "row.activeParams": "每個 token 的啟用參數量",

  // Parameter parts
  "part.attention": "Attention 層",
  "part.mlp": "MLP 層",
  "part.norms": "Layer norm",
  "part.finalNorm": "最後的 norm",
  "part.embedding": "Token 嵌入層",
  "part.positions": "位置嵌入層",
  "part.head": "輸出層 (不與嵌入層共用)",
  "part.router": "路由器 (router)",
  "part.routedExperts": "路由專家",
  "part.sharedExperts": "共享專家",
  "part.layer": "第 {index} 層 {kind}",

  // Notes
  "note.tokensDefaultChinchilla": "沒有給 token 數：使用 Chinchilla 最佳的 {tokens} (每個參數 20 個 token)。",
  "note.tokensDefaultChinchillaRun":
    "{model} 的訓練 token 數沒有公開：這裡的 {tokens} 是 Chinchilla 最佳值 (每個參數 20 個 token)，是假設，不是它實際的訓練量。要用別的數量請給 tokens=。",
  "note.chinchillaMoe":
    "Chinchilla 每個參數 20 個 token 的法則是在稠密模型上擬合的：對混合專家 (MoE) 模型，這一列用的是 {total} 總參數（{totalTokens} token）；用 {active} 啟用參數則是 {activeTokens} token。兩者都不是 MoE 已發表的最佳值。",
  "note.activeParams": "MoE：算力用 {active} 啟用參數計算，而不是總共 {total} 參數。",
  "note.attentionNeedsShape": "attention 項需要同時給 layers=、d= 和 ctx=。",
  "note.underTrained":
    "這次訓練的 token 數是 Chinchilla 最佳值的 {times} 倍：這個大小的模型多給一些 token 會更好。",
  "note.overTrained":
    "這次訓練的 token 數是 Chinchilla 最佳值的 {times} 倍：以模型大小來說是過度訓練，換來更便宜的推論。",
  "note.defaultGpus": "假設用 {gpus} 張 GPU；可設定 gpus= 或 days=。",
  "note.tpuChipHours":
    "在 {gpu} 上，這裡的 GPU 小時就是晶片小時：一顆 TPU 晶片用一小時，和 Google 論文的算法相同 (PaLM §4：8.4M TPU v4 晶片小時)。",
  "note.trainCards":
    "訓練狀態以混合精度 Adam 計算，每個參數 16 bytes，切分到每張卡上 (ZeRO-3)；不含 activation。",
  "note.mfuNoAttention":
    "每個 token 6N 沒有計入 attention；給 layers=、heads=、head-dim= 和 ctx= 可得到 PaLM 附錄 B 的算法。",
  "note.defaultPrecision": "峰值以 bf16 dense 計算；FP8 訓練請設定 precision=fp8。",
  "note.chinchillaRule": "Chinchilla：每個參數約 20 個 token 是算力最佳；推論量大的模型通常會訓練得更久。",
  "note.kvNeedsShape":
    "KV cache 沒有計入：這個架構的 cache 沒有建模。給 layers=、kv-heads= (或 heads=) 和 head-dim= (或 hidden=) 就會計入，每個 token 2·L·n_kv·d_head·bytes。",
  "note.activationsNeedShape": "Activation 需要 layers=、hidden=、heads= 和 context=；目前只計算模型狀態。",
  "note.ruleOfThumbTrain":
    "原始文章的經驗法則是權重的 {k} 倍 (權重、梯度、optimizer 狀態與 activation，各約權重大小：bf16 下每個參數 {bytes} B)，只是下限：單是混合精度 Adam 就要每個參數 {adam} B (bf16 權重與梯度、fp32 主權重與兩個 fp32 動量；Rajbhandari et al. 2020，ZeRO §3.1)，還沒算 activation；所需卡數算的是這個。",
  "note.trainMixedPrecision": "不論給的精度是什麼，訓練記憶體都以 bf16 混合精度 Adam 計算。",
  "note.usableFraction": "假設每張卡有 {percent}% 的記憶體可用。",
  "note.gptFormula":
    "每層 12h² + 13h (attention 4h²+4h、MLP 8h²+5h、norm 4h)，再加上 embedding：Kaplan et al. 2020 (Table 1) 只算 12h²，不含 bias 與 norm；把它們算進去的 13h 出自 Narayanan et al. 2021 (§5.1)。",
  "note.decoderFormula":
    "Grouped-query attention、gated MLP 3·h·ffn、RMSNorm；MoE 的總參數量計入所有專家，啟用參數量只計 top-k。",
  "note.densePeaks": "峰值是 dense 數字；原廠規格書常印 sparse 數字 (2 倍)。",
  "note.sparseAsked":
    "將「sparse」解讀為在問 sparse 峰值：資料庫只有 dense 峰值，也就是訓練與 MFU 所用的數字。NVIDIA 規格書印的 Tensor Core 數字含 2:4 結構化稀疏，是 dense 的兩倍 (H100 SXM fp8：sparse 3,958，dense 1,978.9)。",
  "note.helpGrammar":
    "數字可以加 K/M/B/T 後綴 (175B、1.4T)、單位 (21 days、$2.5/h) 和算式 (2048*21days)。加上 private 就只有自己看得到回覆。",
  "note.example": "範例：{example}",

  // Warnings
  "mfu.impossible": "MFU {percent}% 不可能：沒有 GPU 能跑超過峰值的 100%。",
  "mfu.suspicious": "MFU {percent}% 很可疑：公開的大型訓練最好也只有約 40–60%。",
  "mfu.causes": "可能原因：MoE 用總參數量計算、用了 sparse 峰值、精度不對，或 GPU 小時數少報。",
  "mfu.causeMoe": "這是用總參數量計算的 MoE：算力只該用啟用參數計算 (設定 active=)。",
  "mfu.causeMoeActive": "這是用總參數量計算的 MoE：改用啟用參數，MFU 是 {percent}%。",

  // Hints
  "hint.compute": "下一步：/flops {params} {tokens} gpu=H100 price=$2.5/h 看時間與成本。",
  "hint.computeWithGpu": "下一步：/flops cards {params} gpu={gpu} mode=train 看記憶體明細。",
  "hint.mfu": "下一步：加上 recompute 看硬體 FLOP (HFU)，或用 precision=fp8 看 FP8 訓練。",
  "hint.mfuRecomputeOrBf16":
    "下一步：加上 recompute 看硬體 FLOP (HFU)，或用 precision=bf16 看對 bf16 峰值的 MFU。",
  "hint.mfuBf16": "下一步：用 precision=bf16 看對 bf16 峰值的 MFU。",
  "hint.mfuFp8Only": "下一步：用 precision=fp8 看 FP8 訓練。",
  "hint.mfuPublishedOnly": "下一步：/flops model {model} 看它公開的數字與我們算的並列。",
  "hint.mfuImpossible": "下一步：檢查啟用參數量 (active=)、精度，以及峰值是不是 dense。",
  "hint.chinchilla": "下一步：/flops {params} {tokens} gpu=H100 看時間與成本。",
  "hint.cardsInfer":
    "下一步：/flops serve {params} gpu={gpu} batch={batch} 看每秒 token 數，或 mode=train 看訓練記憶體。",
  "hint.cardsTrain": "下一步：用 {layout} 固定部分佈局，或試 mode=lora、mode=qlora。",
  "hint.cardsTrainLayoutGiven": "下一步：試 mode=lora、mode=qlora。",
  "hint.params": "下一步：/flops {params} 看它的訓練算力。",
  "hint.gpus": "下一步：/flops gpus h100 篩選，或 /flops 70B 1.4T gpu=H100。",
  "hint.help": "下一步：/flops help mfu 看單一指令的選項。",
  "hint.helpCommand": "下一步：試試上面的範例。",
  "error.example": "試試：{example}",

  // Errors
  internal: "我們這邊出了問題，錯誤已經記錄下來。",
  "rate.title": "請稍等一下",
  "result.outOfRange": "這些數字太大 (或太小)，算出來的結果超出數值範圍。請試試像 175B 300B 這樣的大小。",
  "rate.limited": "你提問的速度超過每分鐘 {limit} 次，這是每人的上限。請在 {seconds} 秒後再試一次。",
  "args.badChoice": "「{value}」不是 {choices} 其中之一。你是不是要找 {suggestions}？",
  "args.badLang": "我不會「{value}」這個語言：請用 lang=en 或 lang=zh-TW。",
  "args.emptyValue": "{key}= 需要一個值，例如 {example}。",
  "args.extra": "我不知道「{value}」在 /flops {command} 裡是做什麼用的。",
  "args.invalid": "{option} 的值不正確，例如 {example}。",
  "args.missing": "這需要 {option}= 才能回答：請加上它，寫法如下面的範例。",
  "args.tooLong": "太長了：最多 {max} 個字元。",
  "args.unknownCommand": "沒有「{command}」這個指令。你是不是要找 {suggestions}？",
  "args.unknownKey": "/flops {command} 沒有「{key}」這個選項。你是不是要找 {suggestions}？",
  "chinchilla.needInput": "請給模型大小或 budget=，例如 {example}。",
  "gpu.precisionUnsupported": "{gpu} 沒有公布 dense {precision} 峰值；它有的是 {supported}。",
  "gpu.unknown": "我不認識「{query}」這款 GPU。你是不是要找 {suggestions}？(/flops gpus 會列出全部。)",
  "mfu.needGpus": "tokens-per-second 需要 GPU 數量，例如 {example}。",
  "mfu.needTime": "MFU 需要 GPU 時間：gpu-hours=，或 gpus= 加上 days=。",
  "mfu.needTimeRun":
    "{model} 沒有公開 GPU 時間，這裡算不出它的 MFU：請給訓練時間 (gpu-hours=，或 gpus= 加 days=)，如下例。",
  "compute.needTokensRun":
    "{model} 沒有公開訓練 token 數，所以算不出它的訓練算力 (6ND)：請給一個 token 數 (tokens=)，就能算出那個數量下的結果，如下例。",
  "mfu.unpublishedRun":
    "{model} 的 GPU 時間沒有公開，也沒有單一一種它所用的 GPU，所以這裡無法算出它的 MFU：請照你的假設給 GPU 與訓練時間 (gpu=，以及 gpu-hours= 或 gpus= 加 days=)，如下面的範例。",
  "mfu.unpublishedRunTokens":
    "{model} 的 GPU 時間與訓練 token 數沒有公開，也沒有單一一種它所用的 GPU，所以這裡無法算出它的 MFU：請照你的假設給 GPU、訓練時間與 token 數 (gpu=、gpu-hours= 或 gpus= 加 days=、tokens=)，如下面的範例。",
  "mfu.needTokensRun":
    "{model} 沒有公開訓練 token 數，這裡算不出它的 MFU：請給一個 token 數 (tokens=)，以那個數量計算，如下例。",
  "mfu.needTokens": "MFU 需要訓練 token 數 (或 tokens-per-second= 加上 gpus=)。",
  "params.denseLayers": "dense-layers={denseLayers} 比 layers={layers} 還多。",
  "params.groups": "groups={groups} 必須能整除兩個 channel 數 ({inChannels} 和 {outChannels})。",
  "params.headDim": "hidden={hidden} 無法被 heads={heads} 整除：請設定 head-dim=。",
  "params.invalidSize": "{name}={value} 必須是至少 {min} 的整數。",
  "params.kernel": "kernel「{kernel}」不是像 3x3 這樣的大小。",
  "params.kvHeads": "heads={heads} 必須是 kv-heads={kvHeads} 的倍數。",
  "params.layerSyntax": "我看不懂「{layer}」這一層；請寫成像 {example} 這樣。",
  "params.layerUnknown": "我不認識「{kind}」這種層。你是不是要找 {suggestions}？",
  "params.missing": "這個架構需要 {name}= 才能計算：請加上它，寫法如下面的範例。",
  "params.tooManyLayers": "一串最多 {max} 層。",
  "params.topK": "top-k={topK} 比 experts={experts} 還多。",
  "quantity.empty": "少了一個數字，例如 175B。",
  "quantity.negative": "「{text}」必須大於零，例如 175B。",
  "quantity.notAllowed":
    "「{text}」不是我能計算的數字：只能用數字、K/M/B/T、時間單位和 + - * / ^，例如 6*175B*300B。",
  "quantity.notFinite": "「{text}」太大，超出數字範圍，例如 3.15e23。",
  "quantity.notInteger": "「{text}」必須是至少 1 的整數，例如 2048。",
  "quantity.notPositive": "「{text}」必須大於零，例如 175B。",
  "quantity.notFraction": "「{text}」必須是 0 到 100% 之間的比例，例如 40%。",
  "quantity.syntax": "我無法把「{text}」讀成數字，例如 175B 或 2048*21days。",
  "quantity.twoNumbers":
    "「{text}」是兩個並排的數字：這裡只給一個數字 (175B)，要相乘就在中間加上 * (2048*21days)。",
  "quantity.tooLong": "{length} 個字元的數字太長了 (最多 {max} 個)，例如 175B。",
  "quantity.unitMismatch": "「{text}」在這裡的單位不對，例如時間用 21 days、價格用 $2.5/h、數量用 175B。",
  "quantity.unknownWord":
    "我不認識數字裡的「{word}」。你是不是要找 {suggestions}？例如 175B、1.4T、21 days。",

  // Console
  "console.banner":
    "flopsbot 本機主控台。輸入指令 (175B 300B、mfu ...、help)，或輸入 exit 離開。\n要在 Slack 或 Discord 回答，請在 .env 設定 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET (見 slack/manifest.yml)，或 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID，再重新執行 npm start (README：Slack、Discord)。",

  "console.startHelp":
    "用法：npm start [-- --json] [--lang zh-TW] [--width N] [問題]\n在環境變數或 .env 設定 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET (Socket Mode 再加 SLACK_APP_TOKEN)，或 DISCORD_TOKEN 和 DISCORD_APPLICATION_ID (見 .env.example)，就會在 Slack 或 Discord 回答 /flops；都沒設定時開啟本機主控台 (flops> )，也會回答從管線輸入的指令，一行一個。\n  --json   每個回答輸出成一行 JSON 物件\n  --lang zh-TW  用繁體中文回答 (不加時，用中文寫的問題也以中文回答)\n  --width N  文字換行於 N 欄\n  --help   顯示這段說明\n  --version  顯示名稱與版本\n  問題     回答一次後結束：npm start -- 175B 300B\n在命令列問一次：npx flops 175B 300B (npx flops --help 列出所有指令)。README：Slack、Discord、The terminal and JSON。",

  // Discord (the /flops command's own descriptions and embed labels)
  "discord.query.summary": "用文字語法提問，寫法和 /flops 後面一樣：175B 300B gpu=H100、mfu ...、help。",
  "discord.opt.text": "要問的內容，寫法和 /flops 後面一樣，例如 175B 300B gpu=H100。",
  "discord.opt.private": "只有你看得到這則回覆。",
  "discord.opt.lang": "回覆的語言 (預設為你的 Discord 語言)。",
  "discord.opt.explain": "逐步列出推導過程。",
  "discord.lang.en": "英文 (English)",
  "discord.lang.zh-TW": "繁體中文",
  "discord.sources": "出處",
  "discord.more": "…還有 {count} 項 (超過一則 Discord 訊息的長度)。",
  "discord.replyPrivateTitle": "回覆是公開的",
  "discord.replyPrivate":
    "對我回答的回覆大家都看得到，所以這一則我沒有在這裡回答。想只讓自己看到答案，請用 /flops 並設定 private: True。",

  // Slack
  "slack.more": "…還有 {count} 項 (超過一則 Slack 訊息的長度)。",

  // Models (published runs, presets, model, compare, explain)
  "cmd.model.summary":
    "一次公開的訓練：論文公布的數字 (參數、token、算力、硬體、MFU) 與我們算出的並列，附差異與解讀。",
  "cmd.compare.summary": "並排比較 2 到 4 次公開的訓練：參數、token、每參數 token 數、FLOP、GPU 小時、MFU。",
  "opt.name": "一次公開的訓練，例如 deepseek-v3、llama-3-405b、gpt-3 (不填：列出全部)。",
  "opt.names": "2 到 4 次訓練，例如 gpt-3 chinchilla palm。",
  "model.unknown": "我不認得「{query}」這次訓練。你是指 {suggestions} 嗎？(/flops model 會列出全部。)",
  "model.unknownNoSuggestion": "我不認得「{query}」這次訓練；/flops model 會列出我知道的全部。",
  "model.unpublished":
    "{maker} 沒有公開 {name} 的參數量和訓練 token 數，所以它的訓練算力只能猜，無法計算。請給你假設的大小和 token 數 (例如 /flops 1T 10T)，或問一個已公開的訓練 (/flops model 會列出)。",
  "model.notApplicable":
    "{model} 沒有 /flops {command} 需要的 {option}：請自行輸入 {option}=，或看 /flops model {model}。",
  "compare.gpus":
    "{gpus} 是 GPU：compare 是並排比較公開的訓練。GPU 要放在估算裡並排，每張 GPU 一欄：/flops {corrected}。",
  "compare.count": "請比較 {min} 到 {max} 次訓練 (你給了 {count} 個)，例如 /flops {example}。",
  "preset.applied": "{model}：已填入公開的數字 ({values})；你輸入的值會覆蓋它們。",
  "model.title": "{model}：公開數字與我們的估算",
  "model.catalogTitle": "我知道的公開訓練 ({count} 個)",
  "compare.title": "並排比較：{models}",
  "model.row.params": "參數量 (公開)",
  "model.row.paramsRecomputed": "由架構算出的參數量 (我們)",
  "model.row.active": "啟用參數量 (公開)",
  "model.row.activeRecomputed": "由架構算出的啟用參數量 (我們)",
  "model.row.tokens": "訓練 token 數 (公開)",
  "model.row.flops": "訓練算力 (公開)",
  "model.row.flops6nd": "訓練算力，6ND (我們)",
  "model.row.flops6ndTotal": "用總參數量算的 6ND (對 MoE 是錯的)",
  "model.row.hardware": "硬體 (公開)",
  "model.row.gpuHours": "GPU 小時 (公開)",
  "model.row.mfu": "MFU (公開)",
  "model.row.hfu": "HFU (公開)",
  "model.row.mfuTotal": "用總參數量算的 MFU (我們)",
  "model.row.mfuOurs": "MFU，6ND 除以 GPU 時間 (我們)",
  "model.row.mfuThroughput": "由公開吞吐量算出的 MFU (我們)",
  "model.row.achieved": "每張 GPU 實際達到 (公開)",
  "model.value.notPublished": "未公開",
  "model.value.notModelled": "未建模 (見附註)",
  "compare.row.params": "{model} · 參數量",
  "compare.row.tokens": "{model} · 訓練 token 數",
  "compare.row.tokensPerParam": "{model} · 每參數 token 數",
  "compare.row.flops": "{model} · 訓練算力",
  "compare.row.gpuHours": "{model} · GPU 小時",
  "compare.row.mfu": "{model} · MFU (模型算力利用率)",
  "model.reading.moeImpossible":
    "用 {total} 總參數量算 6ND，MFU 是 {totalMfu}%：不可能。{model} 是 MoE，每個 token 只啟用 {active} 參數，這樣算是 {activeMfu}%。",
  "note.publishedCompute":
    "{model} 公開的訓練算力是 {published} FLOP ({source})；上面的數字是我們算的：6ND，以及已知架構時計入 attention 的算法。",
  "mfu.publishedFigure":
    "{model} 公開的 MFU 是 {published} ({source})。上面的數字是我們算的：該次訓練的模型 FLOP 除以公開的 GPU 時間或吞吐量，以 dense 峰值計；GPU 時間若也含重啟、其他階段或停機，算出來會較低。",
  "mfu.publishedHfu":
    "{model} 公開的 HFU 是 {published} ({source})；上面的 HFU {ours} 是以完整重算計 (多一次前向，模型 FLOP 的 4/3)。公開的 HFU 是其 MFU {mfu} 的 {ratio} 倍，小於 4/3：該次訓練只重算了部分前向。",
  "mfu.publishedAchieved":
    "{model} 公開的是每張 GPU {achieved} TFLOP/s ({source})，為這個 dense 峰值的 {share}。上面的數字是我們算的：該次訓練的模型 FLOP 除以公開的 GPU 時間與 dense 峰值；GPU 時間若包含重啟、其他階段或停機，算出來會比較低。",
  "mfu.perGpuRateNoCount":
    "沒有給 GPU 張數：每張 GPU 的速率算出的 MFU 與張數無關；加上 gpus= 才會算整個叢集的 tokens/s 與跑完這些 token 的時間。",
  "note.publishedCostUnpriced":
    "{model} 的報告給出的訓練成本是 {cost} ({source})；加上 price= 就會算出我們的成本：上面的 GPU 小時 × 該價格。",
  "note.publishedCost":
    "{model} 的報告給出的訓練成本是 {cost} ({source})；這裡的成本是我們算的：上面的 GPU 小時 × 你給的價格。",
  "note.mfuFromFlops":
    "模型 FLOP 用的是你給的數字，不是 6ND：只有在它只算一次模型的 FLOP (不含重算，如 PaLM 附錄 B 的定義) 時，這個 MFU 才成立。",
  "mfu.flopsInDollars":
    "MFU 要的是訓練的 FLOP，不是金額：例如 /flops mfu 3.8e25 FLOP gpu=H100 gpus=16384 days=54。",
  "note.publishedMfuBesideTyped":
    "{model} 本身的 MFU 是 {published} ({source})；這裡的估算用你給的 {typed}。",
  "model.reading.mfu":
    "{model}：我們在 {hardware} 上算出的 MFU ({basis}) 是 {mfu}%；公開的數字是 {published}。",
  "model.reading.mfuPlausible":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 是 {mfu}%：合理 (最好的大型訓練約 40–60%)。",
  "model.reading.mfuLow":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 只有 {mfu}%：偏低，公開的 GPU 時間可能不只涵蓋這些 token (或 token 數只是下限)。",
  "model.reading.mfuSuspicious":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 是 {mfu}%：可疑，高於最好的大型訓練約 60% 的水準。",
  "model.reading.mfuImpossible":
    "{model}：6ND 除以公開的 GPU 時間，在 {hardware} 上的 MFU 是 {mfu}%：不可能，超過峰值的 100%。",
  "model.reading.compute": "{model}：6ND 算出 {flops} FLOP，與公開的 {published} 相差 {difference}。",
  "model.reading.computeUnpublished":
    "{model}：6ND 算出 {flops} FLOP，每參數 {ratio} 個 token；算力與 GPU 時間未公開。",
  "model.reading.hoursWithoutTokens":
    "{model}：公開了參數量 ({params}) 與 GPU 時間 ({gpuHours})，但沒有公開訓練 token 數，所以無法計算 6ND 與 MFU。",
  "model.reading.paramsOnly": "{model}：只公開了架構 ({params} 參數)；訓練 token 數、算力與硬體都未公開。",
  "model.note.presets":
    "任何指令都可以用訓練的名稱代替數字：/flops llama-3-405b、/flops mfu deepseek-v3、/flops cards llama-3-70b gpu=H100 mode=infer context=8k。你輸入的值會覆蓋公開的數字。",
  "model.note.mla":
    "DeepSeek-V3 的 multi-head latent attention (低秩的 q 與 kv 投影、分離的 RoPE key) 與 multi-token prediction 模組不在參數公式涵蓋的範圍內，所以不重算參數量；直接使用公開的 671B 總參數與 37B 啟用參數。",
  "model.note.deepseekFp8":
    "DeepSeek-V3 大部分矩陣乘法用 FP8 計算；若以 FP8 dense 峰值 (bf16 的兩倍) 為基準，MFU 會減半。本回覆使用 bf16 dense 峰值。原文的 205% 除以 3,026 TFLOPS，那是 H800 PCIe 含稀疏性的 FP8 數字 (dense 為 1,513，見 H800 datasheet)，因此與兩者都不能直接比較。",
  "model.note.gpt3Gpus":
    "GPT-3 的 GPU 數與天數出自 Patterson 等人 2021 (10,000 張 V100 是 NVIDIA 的估計)；OpenAI 並未公開。",
  "model.note.gopherRemat":
    "Gopher 公開的 6.31e23 FLOP 計入了重算 (rematerialization，多一次前向，+33%) 與 padding，所以 6ND 約低 20%。",
  "model.note.relativePositions":
    "計入 Transformer-XL 相對位置編碼：每層一個 h×h 投影 (L·h²)，GPT 式的算法不含這項。",
  "model.note.notInCatalog":
    "Chinchilla 在 TPU v3 與 TPU v4 上訓練，晶片數與晶片小時都沒有公開，所以這裡不重算 MFU。",
  "model.note.palmDowntime":
    "晶片小時數包含停機與重跑的步驟，用它算出的 MFU 較低；PaLM 的 46.2% 是由實測吞吐量算出 (附錄 B)。",
  "model.note.optTokens":
    "OPT 的 180B token 是語料大小；論文沒有說這次訓練看了多少 token，所以 6ND 與由 809,472 GPU 小時 (LLaMA 論文 Table 15；OPT 論文本身沒有給) 算出的 MFU 都只是粗估。它的權重以 FP16 保存 (§2.4)。每張 GPU 147 TFLOP/s 是「最高」數字。",
  "model.note.rotaryBuffers":
    "公開的參數量是 Hugging Face safetensors 的總數，含 rotary 的 inv_freq buffer (每層 head_dim/2 個)；由架構算出的數字不含。",
  "model.note.llama3Tokens": "模型卡寫的是 15T+ token，所以 6ND 與由 GPU 小時算出的 MFU 都是下限。",
  "model.note.llama3Hours":
    "30.84M GPU 小時涵蓋 405B 的整個訓練 (長上下文與 annealing 階段、重啟)；Table 4 的 38–43% 是在預訓練步驟上量的。",
  "model.note.mixtralContext": "Mistral 沒有公開 Mixtral 的訓練 token 數與硬體。",
  "compare.note.flops": "訓練算力有公開數字就用公開的，否則用 6·N·D (MoE 用啟用參數)。",
  "compare.note.mfu":
    "硬體在目錄中時，MFU 是我們算的 (6ND 除以公開的 GPU 時間，或用公開的吞吐量，以 dense 峰值為準)，否則用公開的；公式欄兩者都列出。",
  "hint.model":
    "下一步：/flops mfu {id} 或 /flops cards {id} gpu=H100 mode=infer：它的數字可以填入任何指令。",
  "hint.modelNoGpuTime":
    "下一步：/flops {id} gpu=H100 看它在 H100 上的訓練，或 /flops cards {id} gpu=H100 mode=infer：它的數字可以填入任何指令。",
  "hint.modelNoTokens":
    "下一步：/flops serve {id} gpu=H100 或 /flops cards {id} gpu=H100 mode=infer：它的數字可以填進任何指令。",
  "hint.modelCatalog": "下一步：/flops model deepseek-v3，或 /flops compare gpt-3 chinchilla palm。",
  "hint.compare": "下一步：/flops model {id} 看單一訓練的細節。",
  "explain.title": "逐步推導：",
  "explain.step": "{step}. {label}：{formula} → {value}",
  "explain.none": "沒有可推導的：這則回覆沒有公式。",
  "explain.const.sixND": "每個參數每個 token 6 FLOP：前向 2、反向 4 (Kaplan 等人 2020，§2.1)。",
  "explain.const.attention":
    "12·L·H·Q·T：每個 token 在長度 T 的上下文上做 attention 的 FLOP，含前向與反向 (Chowdhery 等人 2022，PaLM 附錄 B)。",
  "explain.const.chinchilla": "每個參數約 20 個 token 是算力最佳 (Hoffmann 等人 2022，Chinchilla)。",
  "explain.const.pfDay":
    "1 PF-day = 10¹⁵ FLOP/s 跑 86,400 秒 = 8.64 × 10¹⁹ FLOP (Brown 等人 2020，Table D.1)。",
  "explain.const.densePeak":
    "峰值：規格書上該精度的 dense 數字 (原廠常印 sparse 數字，是 dense 的 2 倍)；規格書列在出處中。",
  "explain.const.mfu":
    "MFU = 模型 FLOP / (GPU 秒數 × dense 峰值) (Chowdhery 等人 2022，PaLM §4.1 與附錄 B)。",
  "explain.const.adam":
    "混合精度 Adam 每個參數存 16 bytes：權重 2、梯度 2、fp32 主副本與 m、v 共 12 (Rajbhandari 等人 2020，ZeRO §3.1)。",
  "explain.const.activations":
    "每層 activation：選擇性重算時 34·s·b·h bytes，完整重算時 2·s·b·h (Korthikanti 等人 2022，§4)。",
  "explain.const.activationsGated":
    "Llama 式的層 (grouped-query attention、寬 f 的 SwiGLU、RMSNorm、無 dropout) 的 activation，依 Korthikanti 等人 2022 §4.1 計算 GPT 層的方法：每個運算為反向傳播存下的張量，每個值 2 bytes：FlashAttention 或選擇性重算時 s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f)，完整重算時 2·s·b·h (該層輸入)。",
  "explain.const.lossFit":
    "擬合的 loss L(N, D) = E + A/N^α + B/D^β 用的是 Hoffmann 等人 2022 Approach 3 的常數。",
  "explain.const.kvCache":
    "KV cache：每層、每個 KV head、每個 head 維度各存一個 key 與一個 value (即 2)，乘上上下文的每個 token 與 batch 中的每條序列。",
  "explain.const.usable": "每張卡約 90% 的記憶體可用 (vLLM 預設 gpu_memory_utilization = 0.9)。",

  // Units
  "unit.tokens": "{n} token",
  "unit.gpuHours": "{n} GPU 小時",
  "unit.perGpuHour": "每 GPU 小時 {price}",
  "unit.seconds": "{n} 秒",
  "unit.minutes": "{n} 分鐘",
  "unit.hours": "{n} 小時",
  "unit.days": "{n} 天",
  "unit.years": "{n} 年",

  // Catalogs (issue 16: late-2026 runs and provenance)
  "model.note.gopherMfuVersions":
    "PaLM Table 3 在修訂版論文中給 Gopher 的 MFU 是 32.5%；第一版 (v1) 印的是 30.8%。我們用 6ND 除以 4,096 張 TPU v3 × 920 小時、每張 123 TFLOP/s，約 30%。",
  "model.note.llama31Tokens":
    "Llama 3.1 模型卡寫的是約 15T token，GPU 小時涵蓋整個訓練 (含延長到 128K 的長上下文階段)，所以由它算出的 MFU 是下限。",
  "model.note.llama32":
    "Llama 3.2 1B 與 3B 以最多 9T token 預訓練，並以 Llama 3.1 8B 與 70B 的 logits 當目標 (蒸餾)；產生 logits 的 86K GPU 小時不在它們的 GPU 小時內。預訓練上下文比照 Llama 3.1 取 8K (模型卡列的 128K 是長上下文訓練之後的)。",
  "model.note.llama33":
    "Llama 3.3 模型卡寫的是 70B、15T+ token 的預訓練資料，表格中 Llama 3.3 70B 為 7.0M H100-80GB GPU 小時，所以 6ND 與由這些小時算出的 MFU 都是下限。卡片內文的累計 39.3M GPU 小時等於 Llama 3.1 模型卡三個模型的總和 (1.46M + 7.0M + 30.84M)，不是這次訓練的數字。卡片沒有寫預訓練上下文，比照 Llama 3.1 取 8K (128k 是發布模型的上下文)。",
  "model.note.mlaV2":
    "DeepSeek-V2 的 multi-head latent attention (低秩的 q 與 kv 投影、分離的 RoPE key) 由 params、serve 與 cards 依它的 config.json 計算；這個目錄的形狀只記層數、寬度、head 數與詞彙量，公開數字是論文的 236B 總參數與 21B 啟用參數。",
  "model.note.mlaV2Lite":
    "DeepSeek-V2-Lite 的 multi-head latent attention (低秩的 kv 投影、分離的 RoPE key，query 不壓縮) 由 params、serve 與 cards 依它的 config.json 計算；這個目錄的形狀只記層數、寬度、head 數與詞彙量，公開數字是論文的 15.7B 總參數與 2.4B 啟用參數。",
  "model.note.deepseekV2LiteHours":
    "DeepSeek-V2 論文給了 DeepSeek-V2-Lite 的 5.7T 訓練 token 數，但沒有 GPU 時間與 GPU 數量，所以無法計算 MFU。",
  "model.note.deepseekV2Hours":
    "DeepSeek-V2 論文給的是每兆 token 的訓練成本，172.8K H800 GPU 小時 (§3.2.3)，沒有總數：這裡的 1.40M GPU 小時是 172.8K × 8.1T。論文沒有寫 GPU 數量與天數。",
  "model.note.gptOssArch":
    "gpt-oss 的 q、k、v、o 都有 bias，每個 head 有一個學習的 attention sink，router 與每個 expert 也有 bias (36 或 24 層全是 MoE，top-4)，並在隔層使用 128 token 的滑動視窗：params、serve 與 cards 依它的 config.json 計算；這個目錄的形狀只記層數、寬度、head 數與詞彙量，公開數字是模型卡的總參數與啟用參數 (啟用參數不含 embedding)。",
  "model.note.gptOssTokens":
    "OpenAI 的模型卡給了 gpt-oss-120b 的 2.1M H100 小時，但 token 數只寫「數兆」，所以無法計算 6ND 與 MFU。發布的 MoE 權重是 MXFP4 (每個參數 4.25 bit)；attention、router、embedding 與輸出層仍是 bf16。",
  "model.note.gptOss20bHours":
    "OpenAI 的模型卡只說 gpt-oss-20b 用的 H100 小時「將近少 10 倍」於 gpt-oss-120b 的 2.1M，沒有給數字，也沒有 token 數：無法計算 6ND 與 MFU。發布的 MoE 權重是 MXFP4 (每個參數 4.25 bit)；attention、router、embedding 與輸出層仍是 bf16。",
  "model.note.llama4Arch":
    "Llama 4 的 MoE 層有一個共享 expert 加上 routed experts (top-1) (Scout 每層都是，Maverick 隔層一次)，還帶一個視覺編碼器；參數公式在這裡沒有涵蓋，所以使用模型卡的總參數與啟用參數。",
  "model.note.llama4Tokens":
    "模型卡寫的是約 40T (Scout) 與約 22T (Maverick) 個文字、圖片與影片資料的 token；每個 token 啟用 17B 參數，顯示的 MFU 是 6ND 除以它的 GPU 小時。",
  "model.note.r1Base":
    "DeepSeek-R1 就是 DeepSeek-V3-Base (同一個 671B 的 MoE，以 14.8T token、2.664M H800 GPU 小時預訓練) 再加上強化學習：多 147K H800 GPU 小時 (R1-Zero 101K、SFT 資料 5K、R1 41K；DeepSeek-AI 2025，Nature 補充資料)，約為預訓練的 5.5%。這裡的 6ND 與 MFU 都是預訓練的。",
  "model.note.olmo2Tokens":
    "模型卡的訓練 token 數 (13B：5T，32B：6T) 是預訓練階段的，這裡的 6ND 用的就是它；加上在 Dolmino-mix-1124 上的 mid-training，OLMo 2 報告 (§2.3) 給的總數是 5.6T (13B) 和 6.6T (32B，其中預訓練 6.06T)。Ai2 沒有公開這些訓練的 GPU 小時，所以不算 MFU。",
  "model.note.olmo2_7bTokens":
    "OLMo 2 7B 的 4.05T 個 token (OLMo 2 報告 §2.3) 兩個階段都算在內：3.90T 的預訓練，加上在 Dolmino-mix-1124 上 3 × 50B 的 mid-training (模型卡取整為 4T)；這裡的 6ND 用的是全部 4.05T。Ai2 沒有公開這次訓練的 GPU 小時，所以不算 MFU。",
  "model.note.qkvBias":
    "Qwen2 與 Qwen2.5 在 q、k、v 投影上加了 bias，每層 (heads + 2·kv-heads)·head-dim 個；decoder 公式不含這項，所以重算的參數量正好少這麼多。",
  "model.note.qwenUnpublished": "Qwen 公開了訓練 token 數，但沒有公開硬體與 GPU 時間，所以無法計算 MFU。",
  "model.note.headQkNorm":
    "Qwen3 對每個 query 與 key head 各做一次 RMSNorm，權重是 head-dim 個 (每層 2·head-dim)；decoder 公式不含這項，所以重算的參數量正好少這麼多。",
  "model.note.gemma2Norms":
    "Gemma 2 每層有四個 RMSNorm (attention 與 MLP 的前後各一)；decoder 公式只算兩個，所以重算的參數量每層少 2·h。",
  "model.note.nemotron4":
    "NVIDIA 公開了 token 數 (9T：先 8T，再 1T 的持續預訓練)、6,144 張 H100，以及表 2 的 batch size 漸增各階段與其 MFU，但沒有公開 GPU 小時：這裡的 MFU 是以最後一個階段的吞吐量 (每 8.0 秒 2,304 × 4,096 個 token) 算的，那個階段訓練了其中 7.6T 個 token。",
  "model.note.gemma2Hours":
    "Gemma 2 報告列出了 token 數與 TPU 切片 (Table 3)，但沒有訓練時間，所以無法計算 MFU。",
  "model.note.phi3Unpublished":
    "Phi-3 報告列出了參數量與訓練 token 數；這些訓練的硬體與 GPU 時間都沒有公開。",
  "model.note.pythia":
    "Pythia 每個模型都以相同順序在 Pile 的同一批 299.9B token 上訓練，使用 fp16 (1B 用 bf16)；它的 GPU 小時 (附錄 C，Table 5) 是在 256 張 A100 40GB 上的整個訓練。",
  "model.note.mistralParamsOnly":
    "Mistral AI 公開了 Mistral 7B 的架構與權重，沒有公開訓練 token 數、算力與硬體：只有參數量有出處。",
  "model.note.mptArch":
    "MPT-7B 沒有任何 bias (no_bias)，LayerNorm 只有權重，以 ALiBi 取代位置嵌入，輸出層與嵌入共用：用 decoder 公式加上 4·d 的一般 MLP 可以精確算出。它在 440 張 A100 40GB 上的 9.5 天是模型卡上的「大約」。",
  // Architectures and Hugging Face configs (exact counts, MLA, forward FLOP)
  "title.params.architecture": "{name} 的參數量，逐個張量計算",
  "part.relativePositions": "相對位置編碼 (Transformer-XL)",
  "row.mtpModule": "MTP 模組 (不計入主模型)",
  "row.withMtp": "主模型 + MTP，checkpoint 實際存放的量",
  "row.fp8Scales": "checkpoint 中的 FP8 區塊縮放係數",
  "row.hubCount": "Hugging Face 上的數字 (safetensors)",
  "row.kvPerToken": "每個 token 的 KV cache (bf16)",
  "row.safetensorsSize": "safetensors 索引的 total_size",
  "opt.relative-positions": "Transformer-XL 相對位置編碼：每層多一個 h×h 投影 (Gopher、Chinchilla)。",
  "opt.config": "貼上的 Hugging Face config.json，精確計算參數量。",
  "params.note.assumedArchitecture":
    "沒有指定架構：以 {architecture} 計算 (可寫 transformer、decoder 或一串 layer 來指定)。",
  "params.note.relativePositions":
    "Gopher 與 Chinchilla 使用 Transformer-XL 相對位置編碼：每層多一個 h×h 投影，所以約是 13·L·h² 而不是 12 (Rae et al. 2021 §2；Dai et al. 2019 §3.3)。",
  "params.note.mtp":
    "DeepSeek-V3 的 671B 只算主模型；多 token 預測 (MTP) 模組 (多一個 block、一個 2h→h 投影與幾個 norm，§2.2) 加上跟它一起存放的 embedding 與輸出層副本，才是 Hugging Face 上的 685B。",
  "params.note.mla":
    "多頭潛在注意力 (MLA) 每層每個 token 只快取一個壓縮後的潛在向量 d_c 加一個共用的 RoPE key d_R，而不是每個 head 各一組 key 與 value (DeepSeek-V2 §2.1、表 1)。",
  "params.note.slidingWindow":
    "{total} 層中有 {layers} 層只看 {window} 個 token 的滑動視窗：這些層的 KV cache 到此就不再增加。",
  "params.note.fieldsUsed": "用到的欄位：{fields}。",
  "params.note.fieldsIgnored": "不影響參數量的欄位：{fields}。",
  "params.note.fieldsUnknown": "看不懂的欄位 (參數量可能少算了它們描述的部分)：{fields}。",
  "hf.badName":
    "「{repo}」不是 Hugging Face 的 repository 名稱；請寫成 hf:<org>/<name>，例如 hf:Qwen/Qwen3-8B。",
  "hf.unknown":
    "Hugging Face 上找不到有 config.json 的公開 repository {repo} (404)。請檢查拼字，例如 hf:Qwen/Qwen3-8B。",
  "hf.private":
    "{repo} 在 Hugging Face 上是私有或需要申請存取 (401/403)：我只能讀公開的 config。請改用 config= 貼上它的 config.json。",
  "hf.offline": "連不上 huggingface.co 讀取 {repo} (離線或被擋)。請改用 config= 貼上它的 config.json。",
  "hf.timeout":
    "Hugging Face 在 {seconds} 秒內沒有回應 {repo}。請再試一次，或用 config= 貼上它的 config.json。",
  "hf.tooLarge": "{repo} 的檔案超過 {max} bytes；config.json 通常只有幾 KB。",
  "hf.status": "Hugging Face 對 {repo} 回應 {status}。請稍後再試，或用 config= 貼上它的 config.json。",
  "hf.notFetched": "指令執行前沒有取得 hf:{repo}。請再問一次；若仍如此，請用 config= 貼上它的 config.json。",
  "hf.configNotJson":
    '這份 config 不是有效的 JSON ({detail})。請原樣貼上 config.json，例如 config={"model_type":"llama",…}。',
  "hf.configTooLarge": "這份 config 有 {chars} 個字元；最多只讀 {max} 個。請只貼 config.json。",
  "hf.configNotObject": 'config.json 是一個 JSON 物件：{"model_type": …, "hidden_size": …}。',
  "hf.unsupportedType": "model_type「{type}」我只能粗估，所以不算。支援的有：{supported}。",
  "hf.configMissing": "config 缺少 {field}，這種模型需要它。",
  "flop.attentionProjections": "前向：注意力投影",
  "flop.attentionScores": "前向：注意力分數 (Q·Kᵀ、A·V)",
  "flop.mlp": "前向：dense MLP 層",
  "flop.routedExperts": "前向：路由專家 (top-k)",
  "flop.sharedExperts": "前向：共享專家",
  "flop.router": "前向：路由器",
  "flop.head": "前向：輸出層",
  "flop.embedding": "前向：embedding 查表",
  "flop.mtp": "前向：MTP 模組",
  "flop.forward": "每個 token 的前向 FLOP",
  "explain.const.threeForward":
    "3 × 前向：逐層計算該架構實際的前向運算量，再加上約兩倍前向的反向傳播 (原文依其參考資料 [8])；對 dense 模型它等於 PaLM 的 6N + 12·L·H·Q·T。",
  "explain.const.mlaCache":
    "MLA 的快取：每層每個 token 存壓縮後的潛在向量 d_c 與共用的 RoPE key d_R (DeepSeek-V2 §2.1.4、表 1)。",
  "explain.const.slidingWindow":
    "滑動視窗注意力：視窗為 W 個 token 的層只看最後 W 個 token，KV cache 也只保留這些 (rolling buffer)，即 min(ctx, W) 個 token；全域注意力層保留每個 token (Jiang et al. 2023, Mistral 7B, §2)。",
  "mfu.row.sixNTotal": "用 6·N_total·D 算的 MFU",
  "mfu.row.sixNActive": "用 6·N_active·D 算的 MFU",
  "mfu.row.threeForward": "用 3 × 前向算的 MFU (原文的方法)",
  "mfu.row.threeForwardMtp": "用 3 × 前向 (含 MTP) 算的 MFU",
  "opt.arch": "要計算前向運算量的已發表架構 (deepseek-v3)：會多列出 3 × 前向的 MFU。",
  "mfu.unknownArch": "我沒有叫「{arch}」的精確架構；目前有：{known}。",
  "mfu.note.seedMethod":
    "同一次訓練的三種算法：6·N_total·D 等於假設每個專家都有用到 (不可能)，6·N_active·D 是常見的修正，原文的方法則是算該架構實際的前向運算量再乘 3 (反向傳播約是前向的兩倍)。",
  "model.note.seedStory":
    "原文的故事：DeepSeek 自稱用 2,788K H800 GPU 小時 (pre-train 2,664K) 訓練 14.8T token。用 6ND 並代入全部 671B 參數，MFU 會超過 100% (原文用 3,026 TFLOPS 算出 205%，那是 H800 PCIe 含稀疏性的 FP8 數字；以這裡用的 bf16 dense 峰值算是 {total}%)：MoE、MLA、MTP 可能有省到算力，但都解釋不通，除非說 DeepSeek 短報時數。原文依其參考資料 [8] 的解法，是用「3 × DeepSeek-V3 所有 forward 操作的 FLOP」取代 6ND；這裡算出 {mfu}%，落在原文的 35–45% 內，也低於令人起疑的 60%。",
  // Planning: compute, MFU, Chinchilla methods, GPU comparison, energy (issue 15)
  "opt.flops":
    "訓練算力預算，單位 FLOP，例如 1e25 (不給參數量時算出算力最佳的切分)；以美元計時請一併給 gpu= 與 price=，例如 budget=$1M gpu=H100 price=$2/h。",
  "opt.power": "每張 GPU 的板卡功耗 (W)，例如 700 (預設：規格書上的 TDP)。",
  "opt.pue": "資料中心的 PUE，例如 1.1 (預設 1.1，同 LLaMA §6)。",
  "opt.grid": "電網碳排係數，單位 kg CO2eq/kWh，例如 0.385 (預設：LLaMA §6 用的美國平均)。",
  "opt.tokens-per-gpu": "實測的訓練吞吐量，單張 GPU 的 tokens/s，例如 3500。",
  "opt.model-flops":
    "公開的訓練模型 FLOP，例如 3.8e25 (Llama 3 405B)：用它除以 GPU 時間得到 MFU，不需要模型大小。",
  "opt.tflops": "實測每張 GPU 的 model TFLOP/s，例如 400。",
  "opt.step-time": "實測每個 optimizer step 的秒數 (搭配 batch-tokens= 與 gpus=)，例如 6。",
  "opt.batch-tokens": "每個 step 的 global batch token 數，例如 16M。",
  "title.mfuVerdict": "{mfu} 的 MFU 與公開訓練相比",
  "row.mfuAsked": "你給的 MFU",
  "hint.mfuVerdict": "下一步：/flops 70B 15T gpu={gpu} mfu={mfu} 看以這個 MFU 訓練的時間與成本。",
  "title.hardwareBudget": "{gpuHours} GPU 小時的 {gpu} 能買到什麼",
  "row.sameBudgetParams": "同樣預算、算力最佳：參數量",
  "row.sameBudgetTokens": "同樣預算、算力最佳：token 數",
  "row.gpuHoursAtMfu": "給定 MFU {mfu} 下的 GPU 小時",
  "row.impliedMfu6N": "推算的 MFU，每 token 6N",
  "row.impliedMfuAttention": "推算的 MFU，6N + attention (PaLM 附錄 B)",
  "row.mfuOtherBasis": "同一個 MFU 以每 token 6N 計算",
  "row.tokensPerSecondCluster": "整個叢集的 tokens/s",
  "row.tokensPerSecondPerGpu": "每張 GPU 的 tokens/s",
  "row.tokensPerGpuAtAchieved": "該速率下每張 GPU 的 tokens/s",
  "row.timeAtRate": "以此速率訓練完這些 token 的時間",
  "row.deliveredFlops": "可提供的 FLOP (MFU {mfu})",
  "row.energy": "耗電量，MWh",
  "row.emissions": "碳排放，公噸 CO2eq",
  "row.gpuCompareTime": "{gpu} · 訓練時間",
  "row.gpuCompareCost": "{gpu} · 成本",
  "row.gpuCompareCards": "{gpu} · 放得下訓練狀態的卡數",
  "row.mfu6N": "MFU，每 token 6N",
  "row.mfuAttention": "MFU，6N + attention (PaLM 附錄 B)",
  "row.modelFlopsAttention": "含 attention 的模型 FLOP",
  "row.chinchillaTable3": "Hoffmann 表 3 (方法 1)",
  "row.chinchillaApproach3": "Hoffmann 方法 3 擬合 (式 4)",
  "row.chinchillaBesiroglu": "Besiroglu 等人 2024 修正後的擬合",
  "row.chinchillaTable3Params": "Hoffmann 表 3 (方法 1)：參數量",
  "row.chinchillaApproach3Params": "Hoffmann 方法 3 擬合 (式 4)：參數量",
  "row.chinchillaBesirogluParams": "Besiroglu 等人 2024 修正後的擬合：參數量",
  "model.row.mfuAttention": "MFU，6N + attention 除以 GPU 時間 (我們算的)",
  "note.mfuRange":
    "時間、GPU 小時與成本以 MFU {point} 計算，這是大型公開訓練落在 {low}–{high} 區間的中間值 (PaLM 表 3：Gopher 32.5%、MT-NLG 30.2%、PaLM 46.2%；Llama 3 405B 為 38–43%)；公式欄列出兩端。可用 mfu= 指定。",
  "note.mfuBasis6N":
    "這裡的 MFU 以每 token 6N FLOP 計算；給 layers=、d= 與 ctx= 就會像公開的 MFU 一樣把 attention 算進去 (PaLM 附錄 B)。",
  "note.mfuBasisAttention":
    "這裡的 MFU 以每 token {perToken} FLOP 計算 (PaLM 附錄 B)，和 PaLM、Llama 3 的算法相同；同一段 GPU 時間以 6N 計算的值列在旁邊。",
  "note.mfuDefinitions":
    "只有一種定義：MFU = 模型 FLOP / (GPU 秒數 × dense 峰值)。每 token 的模型 FLOP 是 6N，或加上 attention 的 6N + 12·L·H·Q·T (PaLM 附錄 B)；兩者都有標示。",
  "note.achievedRecompute":
    "如果這個速率是由把重算的前向也算進去的工具記錄的，它是硬體 FLOP，不是模型 FLOP：Megatron-LM 的論文每步算 96·B·s·l·h²·(1 + s/6h + V/16lh)，四次傳遞而模型本身只做三次 (Narayanan et al. 2021，式 3)，所以全量重算時 {mfu} 相當於 MFU {model} (× 3/4)。",
  "note.achievedBasis": "每張 GPU 實測的 TFLOP/s 視為模型 FLOP：MFU 就是實測值 / 峰值。",
  "note.mfuPublishedOnly":
    "{model} 的 MFU 取自公開數字，不是這裡算的：目錄中沒有它的 GPU 時間。給了訓練時間就能算出我們的 MFU (模型 FLOP / (GPU 秒數 × dense 峰值))，例如 {example}。",
  "note.achievedNoSize":
    "未給模型大小：MFU 不需要 (實測值 / 峰值)。給了大小會多算出該速率下每張 GPU 每秒的 token 數 (實測值 / 6N)，例如 /flops {example}。",
  "note.helpRequiredUnless": "(*) 未給 {others}= 時需要 {option}=。",
  "note.budgetSplit": "沒有指定模型：把 {budget} FLOP 的預算以算力最佳方式切分，N* = √(C/120)、D* = 20·N*。",
  "note.budgetSplitTable3Row":
    "√(C/120) 是每個參數 20 個 token 的經驗法則 (C = 6·N·20N)；Hoffmann et al. 2022 表 3 (方法 1) 對 {budget} FLOP 列出 {params} 參數、{tokens} token。/flops chinchilla budget={budget} 列出每種方法。",
  "note.budgetSplitTable3":
    "√(C/120) 是每個參數 20 個 token 的經驗法則 (C = 6·N·20N)；Hoffmann et al. 2022 表 3 (方法 1) 對 {budget} FLOP 給出 {params} 參數、{tokens} token (在表中兩列之間以 log-log 內插)。/flops chinchilla budget={budget} 列出每種方法。",
  "note.fp8Speedup":
    "fp8 峰值 {fp8} FLOP/s 是 bf16 {bf16} 的兩倍，但訓練不會快兩倍：公開的 Llama-3-70B 訓練改用 fp8 後，每張 H100 從 {from} 提升到 {to} TFLOP/s，只有 {speedup} 倍 (Fujii 等人 2024)。",
  "note.energyAssumptions":
    "耗電量假設每張 GPU {watts} W ({wattsFrom})、PUE {pue}、{grid} kg CO2eq/kWh，方法同 LLaMA §6 (GPU 小時 × W × PUE × kg CO2eq/kWh；用它的預設值 PUE 1.1、0.385 可重現 Llama 2 表 2)；可用 power=、pue=、grid= 修改。",
  "note.energyNeedsPower": "GPU 目錄裡沒有 {gpu} 的板卡功耗：請用 power= (W) 指定，才能算耗電量與碳排放。",
  "note.gpuCompare":
    "每款 GPU 都以 {gpus} 張、MFU {mfu}、{precision} dense 峰值計算，由快到慢排列；price= 可給一個，或依 GPU 順序各給一個。",
  "note.gpuComparePrices":
    "沒有價格：加上 price=$2.5/h (全部相同) 或 price=$2.5/h,$1.5/h (每款 GPU 各一個)。",
  "note.chinchillaMethods":
    "方法不同，答案就不同：20·N 是經驗法則；表 3 是方法 1；用論文公布 (四捨五入後) 的方法 3 常數代入式 4，在這個大小會要多得多的資料，Besiroglu 等人 2024 指出這是擬合的問題並加以修正。表 2 的指數 N ∝ C^a、D ∝ C^b：{exponents}。",
  "mfu.looksPerGpu":
    "把 {value} tokens/s 當成整個叢集的吞吐量，MFU 小得不合理；當成單張 GPU 則是 {percent}%。你是不是要用 {example}？",
  "mfu.needStep":
    "用 step 時間計算需要 global batch 與 GPU 數：step-time=、batch-tokens= 與 gpus=，例如 {example}。",
  "compute.needInput": "請給模型大小、算力預算或硬體預算，例如 {example}，或 gpu=H100 gpus=1000 days=90。",
  "compute.priceCount":
    "價格請給一個，或每款 GPU 各一個：你給了 {prices} 個價格、{gpus} 款 GPU，例如 {example}。",
  "hint.hardwareBudget": "下一步：/flops {params} {tokens} gpu={gpu}{rest} 看這個模型的時間與成本。",
  // Reading a question (forgiving reader, Read as, plausibility guards)
  "readAs.line": "解讀為：{items}",
  "readAs.assumed": "{item}（預設）",
  "readAs.params": "{value} 參數",
  "readAs.active": "{value} 啟用參數",
  "readAs.flop": "{value} FLOP 算力",
  "readAs.mfu": "MFU 為 {value}",
  "readAs.gpus": "{count} 張 {gpu}",
  "readAs.item": "{name} 為 {value}",
  "readAs.names": "比較 {value}",
  "read.quantization": "將 {word} 解讀為 {precision} 權重（4-bit 量化）。",
  "read.pfDays":
    "將 {typed} 解讀為 {flop} FLOP：一個 PF-day 是 10¹⁵ FLOP/s 持續 86,400 秒，即 8.64 × 10¹⁹ FLOP。",
  "read.flopUnit": "將 {typed} 解讀為 {flop} FLOP：字首代表 × {one}。",
  "read.flopDays": "將 {typed} 解讀為 {flop} FLOP：每單位是 {rate} FLOP/s 持續 86,400 秒，即 {day} FLOP。",
  "read.flopNotHere": "「{value}」是算力，這個指令不收算力預算：例如 /flops {example}。",
  "read.flopRate":
    "「{value}」是速率（每秒 FLOP），不是算力總量：請給 FLOP 數，例如 /flops {example}。速率持續多日請用 FLOP/s-days（1 EFLOP/s-day = 8.64 × 10²² FLOP）。",
  "read.pfDaysNotHere":
    "「{value}」是算力 (一個 PF-day 是 8.64 × 10¹⁹ FLOP)，這個指令不收算力預算：例如 /flops {example}。",
  "read.asBudget": "將 {value} 解讀為算力預算（FLOP）。",
  "read.noBudget":
    "/flops {command} 不接受算力預算，「{value} FLOPs」無處可用。算力預算請用 /flops chinchilla budget={value}；這裡的例子：/flops {example}。",
  "read.batchTokens":
    "以 token 計的 batch（「{typed}」）在 /flops {command} 用不到：這裡沒有數字隨它改變（訓練計畫的時間是 6·N·D / (GPU 數 × 峰值 × MFU)，與 batch 無關）。不含它：/flops {example}。有每步時間的話，/flops mfu 會把它讀成整個訓練的吞吐量，例如 /flops mfu 70B gpu=H100 gpus=1024 step-time=6 batch-tokens=4M。",
  "read.batchTimesSteps":
    "將「{batch}」×「{steps}」解讀為訓練看過的 token 總數：D = B · S (Kaplan et al. 2020 §2.1 寫作 C = 6NBS)。",
  "read.product": "「{value}」是兩個大小相乘：那是算力，不是參數量。請分開寫，例如 /flops {example}。",
  "read.framework":
    "「{word}」是訓練的平行化方式：6ND 與它無關，它對時間的影響就是它能達到的 MFU。請拿掉它，或用 mfu= 給那個 MFU。",
  "read.frameworkMemory":
    "「{word}」是訓練的平行化方式：它在這裡改變的是模型狀態怎麼切分，請用 zero= (0–3；FSDP 的完全切分是 zero=3)、tp= 與 pp= 指定。",
  "read.thousandsBinary":
    "把 {word} 解讀為 {count} 張 GPU；論文常把 {binary} 寫成 {word} (Llama 3 的「16K H100」是 16,384 張)：如果是這個意思，請輸入 {typed}。",
  "read.unknownWord": "我不懂「{word}」在 /flops {command} 裡的意思；例如 /flops {example}。",
  "read.servingAsTraining":
    "「{word}」：這一行會被解讀成訓練 (6ND、時間與成本)，不是推論部署。推論部署請用 /flops serve：佈局、每張 GPU 的 tokens/s、請求速率需要的 GPU 數，例如 /flops {example}。",
  "read.moeNeedsActive":
    "「{word}」：MoE 每個 token 用的是啟用參數，不是總參數 (6·N_active·D)；請給啟用參數，例如 /flops {example}。",
  "plausible.activeAboveTotal":
    "啟用參數 {active} 比模型的總參數 {params} 還多：MoE 每個 token 只用一部分參數。請先給總參數、再給啟用參數，例如 /flops 100B 5T active=10B。",
  "read.unplaced": "未使用：{words}（/flops {command} 沒有對應的選項）。",
  "read.unused": "未使用：{option}（這次 /flops {command} 的答案用不到它）。",
  "read.utilizationAsMfu":
    "將「{typed}」解讀為 MFU (模型 FLOP 利用率)，即模型的 FLOP 占 GPU dense 峰值的比例；nvidia-smi 的 GPU 使用率 (忙碌時間) 不是 MFU。",
  "read.achievedOverPeak":
    "每張 GPU {tflops} TFLOP/s 超過 {gpu} 的 {precision} dense 峰值 {peak} TFLOP/s (MFU {mfu})：沒有 GPU 能跑超過峰值。是稀疏 (sparse) 的數字，還是另一個精度的？",
  "read.achievedAsMfu":
    "把每張 GPU {tflops} TFLOP/s 讀成 MFU {mfu} = {tflops} / {peak}，即 {gpu} 的 {precision} dense 峰值 (TFLOP/s)（MFU = 實際 / 峰值，PaLM §4.1）。",
  "read.achievedNeedsGpu":
    "每張 GPU 實際 {tflops} TFLOP/s 要在指定的 GPU 上才能換算 MFU：請指定 GPU，例如 /flops 70B 2T gpu=H100 gpus=512 tflops={tflops}。",
  "read.achievedOneGpu":
    "每張 GPU 實際 {tflops} TFLOP/s 是一種 GPU 的速率，你給了 {count} 種 GPU。請每種 GPU 各問一次，例如 /flops 70B 2T gpu=H100 gpus=512 tflops={tflops}，或用 mfu= 在同一個 MFU 下並列比較。",
  "read.achievedWithMfu":
    "tflops={tflops} 和 mfu={mfu} 都在設定 MFU（每張 GPU 的實際速率除以峰值就是 MFU）：請只給其中一個。",
  "read.gpusFromRun":
    "{model} 公開的 {count} 張 GPU 是 {runGpu}；這裡假設 {gpu} 也用同樣的張數。請用 gpus= 指定你的張數。",
  "read.precisionFallback": "{gpu} 沒有 bf16 峰值：改用它最好的精度 {precision}。",
  "plausible.paramsArithmetic":
    "「{value}」算出來是 {result}，不到 1,000：不是參數量。請給模型大小並加單位 (K、M、B、T)，例如 175B。",
  "plausible.paramsRatio":
    "「{value}」算出來是 {result}：這是比值，不是參數量。模型 FLOP 除以 (GPU 秒數 × 峰值) 就是 MFU，這裡是 {percent}；/flops mfu 可以輸入 FLOP 與 GPU 時間並判斷是否可能，例如 /flops mfu 6*14.8T*671B FLOP gpu=H800 gpu-hours=2.664M。",
  "plausible.paramsRatioGpu":
    "「{value}」算出來是 {result}：這是比值，不是參數量。模型 FLOP 除以 (GPU 秒數 × 峰值) 就是 MFU，這裡是 {percent}；/flops mfu 可以輸入 FLOP 與 GPU 時間並判斷是否可能。下面的 {gpu} 是型錄中第一張 dense 峰值為 {peak} TFLOP/s 的 GPU：若是別張請改成你的。",
  "plausible.paramsTiny":
    "{value} 個參數對模型來說太小（不到 1,000）。你是指 {suggestion} 嗎？大小要加單位：K、M、B、T。",
  "plausible.paramsHuge": "{option}={value} 超過 100T 參數，遠大於任何公開的模型。",
  "plausible.paramsFraction": "{option}={value} 不是整數個參數。",
  "plausible.tokensFew":
    "{tokens} token 對 {params} 參數來說，每個參數不到千分之一個 token：是不是少了單位？",
  "plausible.sizesSwapped":
    "解讀為 {params} 參數、{tokens} token，每個參數 {ratio} 個 token：公開的訓練都用比參數更多的 token (GPT-3 1.7、Chinchilla 20)。如果兩個大小寫反了，請寫成 {swapped}。",
  "plausible.mfuLow": "MFU {percent}% 遠低於任何實際訓練（30–60%）：是不是把小數當成百分比了？",
  "plausible.impliedMfuLow":
    "推算出的 MFU 為 {percent}%，遠低於任何實際訓練（30–60%）：請檢查 GPU 數量與時間。",
  "plausible.throughputLow":
    "推算出的 MFU 為 {percent}%，遠低於任何實際訓練：那個 tokens/s 是單張 GPU 的嗎？請給整個叢集的 tokens/s。",
  "plausible.gpusMany": "{gpus} 張 GPU 超過目前公開最大的訓練叢集（約 {largest} 張）。",
  "plausible.durationShort": "{seconds} 秒的訓練時間不到一分鐘：是不是少了單位（天、小時）？",
  // Layouts, fine-tuning and serving (cards)
  "opt.tp": "Tensor 平行大小 t：整除 head 數的 2 的次方。",
  "opt.pp": "Pipeline 平行大小 p：整除層數。",
  "opt.attention": "flash (預設，不存 s² 分數) 或 unfused。",
  "opt.kv-precision": "KV cache 的精度，與權重分開 (預設 bf16)。",
  "opt.rank": "LoRA 的 rank r (預設 16)。",
  "opt.lora-targets": "LoRA 套在 attention (q、k、v、o；預設) 或全部投影 (all)。",
  "opt.rate": "每秒要服務的請求數。",
  "opt.per-user": "每個序列每秒要 decode 的 token 數 (每個使用者每秒 100 個 token)：維持它的最大 batch。",
  "opt.prompt": "每個請求的 prompt token 數 (prefill)。",
  "opt.generate": "每個請求生成的 token 數 (decode)。",
  "title.cardsFull": "用 {gpu} 全參數微調 {params} 參數的模型",
  "title.cardsLora": "用 {gpu} 以 LoRA 微調 {params} 參數的模型",
  "title.cardsQlora": "用 {gpu} 以 QLoRA 微調 {params} 參數的模型",
  "row.layout": "平行佈局",
  "row.weightsPerGpu": "每張 GPU 的權重",
  "row.gradientsPerGpu": "每張 GPU 的梯度",
  "row.optimizerPerGpu": "每張 GPU 的 optimizer 狀態",
  "row.activationsPerGpu": "每張 GPU 的 activation (第一個 pipeline stage)",
  "row.gatherBuffer": "每張 GPU 上 ZeRO-3 收集的層",
  "row.maxBatch": "每個 replica 在這個 context 下最大的 batch",
  "row.maxBatchOnGpus": "給定的 {available} 張 GPU 上最大的 batch",
  "row.maxBatchOnGpusLayout": "以 TP {tp} × PP {pp} 在 {available} 張 GPU 上最大的 batch",
  "row.perGpu": "每張 GPU 的記憶體",
  "row.adapters": "LoRA adapter 參數量",
  "row.oneCard.full": "單卡全參數微調",
  "row.oneCard.lora": "單卡 LoRA",
  "row.oneCard.qlora": "單卡 QLoRA",
  "row.kvPerGpu": "每張 GPU 的 KV cache",
  "row.overheadPerGpu": "每張 GPU 的執行時額外開銷",
  "row.inferenceFlopsPerToken": "推論每個 token 的 FLOP",
  "row.prefillTime": "每個 prompt 的 prefill 時間",
  "row.decodeStep": "每個 token 的 decode 時間 (一步)",
  "row.decodePerReplica": "每個 replica 每秒 decode 的 token 數",
  "row.decodePerSequence": "每個序列每秒 decode 的 token 數",
  "row.batchAtRate": "維持每序列速度的最大 batch",
  "serve.perUserMet":
    "batch {batch} 時每個序列每秒 decode {rate} 個 token，達到要求的每秒 {target} 個 (每個 replica 最多 {largest} 個序列能達到)。",
  "serve.perUserMissed":
    "batch {batch} 時每個序列每秒 decode {rate} 個 token，低於要求的每秒 {target} 個：每個 replica 最多 {largest} 個序列能維持每秒 {target} 個，所以 {batch} 個要 {replicas} 個 replica，{gpus} 張 {gpu}。",
  "serve.perUserNever":
    "在這個佈局上連一個序列都達不到每秒 {target} 個 token (batch {batch} 時為 {rate})：頻寬更大的卡、fp8 或 int4 權重、或更大的 tp= 會更快。",
  "readAs.per-user": "每個序列每秒 {value} 個 token",
  "row.decodePerGpu": "每張 GPU 每秒 decode 的 token 數",
  "row.decodeBound": "Decode 的瓶頸",
  "row.requestsPerReplica": "每個 replica 每秒的請求數",
  "row.requestTime": "每個請求的時間 (prefill + decode)",
  "row.servingCards": "撐住這個請求量所需的 GPU",
  "row.costPerMillionDecoded": "每解碼 1M 個 token 的成本",
  "row.costPerMillionGenerated": "每生成 1M 個 token 的成本",
  "row.costPerMillionAtMaxBatch": "最大 batch ({batch}) 時每解碼 1M 個 token 的成本",
  "row.costPerHourForRate": "撐住這個請求量每小時的成本",
  "note.servingCost":
    "成本只算 GPU 時間，每 GPU 小時 {price}，每個 replica 都滿載，每個請求的 prefill 算進它生成的 token。上面的吞吐量是 roofline 的上限，所以成本是下限；CPU、網路、儲存與閒置容量都沒算。",
  "note.servingCostDecode":
    "成本只算 GPU 時間，每 GPU 小時 {price}，以上面的 batch 做 decode、每一步都滿載；prefill 沒算 (給 rate= 加 prompt= 與 generate= 才會算進每個請求的 prefill)。吞吐量是 roofline 的上限，所以成本是下限。",
  "layout.trainSelectiveRecompute": "TP {tp} × PP {pp} × DP {dp}，ZeRO-{zero}，選擇性重算",
  "layout.trainFullRecompute": "TP {tp} × PP {pp} × DP {dp}，ZeRO-{zero}，完整重算",
  "layout.trainNoRecompute": "TP {tp} × PP {pp} × DP {dp}，ZeRO-{zero}，不重算",
  "layout.serve": "TP {tp} × PP {pp} (tensor 平行 × pipeline 平行)",
  "layout.cards": "{gpus} 張 {gpu} = {nodes} 個 {node} 卡節點",
  "layout.cardsOneNode": "{gpus} 張 {gpu}，在一個 {node} 卡節點內",
  "bound.memory": "batch {batch} 時受記憶體頻寬限制 (每步都要讀權重與 KV cache)",
  "bound.compute": "batch {batch} 時受算力限制",
  "note.layoutSearch":
    "搜尋了每種佈局：t 是不超過 {node} 且整除 {heads} 個 head 的 2 的次方，p 整除 {layers} 層，d 取 ZeRO 允許的最小值，超過一個節點時再補足到整數個 {node} 卡節點；選能放進每張卡 {percent}% 記憶體、GPU 數最少的那個。",
  "note.kvHeadsTp":
    "t 也要整除 {kv} 個 key/value head，所以 t ≤ {most}，即使 {heads} 個 query head 允許更大：Megatron-LM 把 KV head 像 query head 一樣分到各 tensor 平行 rank 上 (num_query_groups ÷ t)。",
  "note.tpAcrossNodes":
    "tp={tp} 跨越了不只一個 {node} 卡節點：tensor 平行在每一層內都要 all-reduce，這裡得走較慢的節點間網路；Megatron-LM 讓 t 留在一台伺服器內，跨伺服器改用 pipeline stage (Narayanan 等人 2021，§3.3，Takeaway #1)。",
  "note.tpKvHeads":
    "tp={tp} 無法整除 {kv} 個 key/value head：Megatron-LM 把它們分到各 tensor 平行 rank 上 (num_query_groups ÷ t)，不接受這個 t；所示的記憶體仍按所輸入的值計算。",
  "note.pipelineInFlight":
    "在 1F1B 排程下，第一個 pipeline stage 要為它的 L/p 層保留 p 個 micro-batch：不論 p 多少都是 L 層的 activation，也從不被 data 平行分攤 (Korthikanti 等人 2022，§4.2.3)。",
  "note.unevenStages":
    "{layers} 層無法平均分到 pp={pp} 個 stage：最滿的 stage 有 ⌈{layers}/{pp}⌉ = {fullest} 層（平均 {average} 層），每張 GPU 的各列都按它計算，並當它是第一個 stage（含 embedding、p 個 micro-batch 在途：p·⌈L/p⌉ = {inFlight} 層的 activation），是每個 stage 的上限。Llama 3 405B 就是這樣訓練的（126 層、PP 16），並讓第一和最後一個 stage 各少一層來平衡 (Llama Team 2024，§3.3.2)。",
  "note.maxBatchOnGpus":
    "在給定的 {available} 張 GPU 上，TP {tp} × PP {pp} 可放 ⌊{available} / {gpus}⌋ = {replicas} 份 (replica)，各自跑到每個 replica 的最大 batch：同時可容納 {total} 個序列。",
  "note.maxBatchOnGpusBetter":
    "在給定的 {available} 張 GPU 上，TP {tp} × PP {pp} 可放 ⌊{available} / {gpus}⌋ = {replicas} 份 (replica)，各自跑到每個 replica 的最大 batch：同時可容納 {total} 個序列。改用 TP {bestTp} × PP {bestPp} 可放 {bestReplicas} 份，容納 {bestTotal} 個：權重的副本較少，留給 KV cache 的空間較多 (用 tp={bestTp} 可得到該佈局的完整回答)。",
  "note.flashAttention":
    "Attention 用的是融合 kernel (FlashAttention)，不存 s² 的分數矩陣，現行訓練框架都這樣做；attention=unfused 會算進 Korthikanti 等人的 5·a·s/h 項。",
  "note.flashAttentionGated":
    "Attention 用的是融合 kernel (FlashAttention)，不存 s² 的分數矩陣，現行訓練框架都這樣做；attention=unfused 會算進 softmax 輸出 (每個 token 2·n_q·s，無 dropout) 與複製到 query heads 數的 K、V。",
  "note.unfusedAttentionGated":
    "未融合的 attention：除非重算，s² 的 softmax 輸出 (每個 token 2·n_q·s；無 dropout) 與複製到 query heads 數的 K、V 都要存下來。",
  "note.unfusedAttention":
    "未融合的 attention：除非重算，s² 的 softmax 與 dropout 張量 (每 s·b·h 有 5·a·s/h) 都要存下來。",
  "note.noLayoutFits": "在 {gpu} 上沒有任何佈局能放進每張卡 90% 的記憶體，試到最大的佈局也一樣。",
  "note.noLayoutNoShape0":
    "沒有 layers=、hidden= 與 heads=（或模型名稱）時只試了 data 平行，t = p = 1：ZeRO-0 什麼都不切分，每張卡都保有全部模型狀態 (權重、梯度與 optimizer 狀態)，{gb} GB > {usable} GB，d 再大也一樣。給出模型形狀即可用 tensor 與 pipeline 平行，或改用 zero=3。",
  "note.noLayoutNoShape1":
    "沒有 layers=、hidden= 與 heads=（或模型名稱）時只試了 data 平行，t = p = 1：ZeRO-1 只切分 optimizer 狀態，每張卡都保有權重與梯度，{gb} GB > {usable} GB，d 再大也一樣。給出模型形狀即可用 tensor 與 pipeline 平行，或改用 zero=3。",
  "note.noLayoutNoShape2":
    "沒有 layers=、hidden= 與 heads=（或模型名稱）時只試了 data 平行，t = p = 1：ZeRO-2 切分 optimizer 狀態與梯度，不切分權重，每張卡都保有全部權重，{gb} GB > {usable} GB，d 再大也一樣。給出模型形狀即可用 tensor 與 pipeline 平行，或改用 zero=3。",
  "note.wouldFitRecompute": "改用 recompute=full 就放得下：{layout}。",
  "note.wouldFitBatch": "改用 batch=1 就放得下：{layout}。",
  "note.wouldFitGpu": "換成更大的卡 {gpu} ({memory} GB) 就放得下：{layout}。",
  "note.wouldFitNothing":
    "在這個序列長度下，目錄裡沒有卡放得下：縮短序列，或把序列切到多張 GPU 上 (context 平行)。",
  "note.lora":
    "LoRA rank {rank}，套在 {targets} 投影上：基礎模型以 {precision} 凍結；只有 adapter 有梯度與 Adam 狀態；反向傳播仍需要保留 activation (Hu 等人 2021)。",
  "note.qlora":
    "QLoRA：基礎權重用 4-bit NF4 加雙重量化 (連同量化常數每個權重 {bits} bits)，rank {rank} 的 bf16 adapter 套在 {targets} 投影上，搭配分頁 optimizer (Dettmers 等人 2023)。",
  "note.qloraKeptUntied":
    "QLoRA 把 token embedding 與未共享的輸出層留在 bf16 ({kept} 個參數，2·V·h)：bitsandbytes 只量化 linear 層，transformers 也讓輸出層保持不量化 (get_keys_to_not_convert)；其餘是 NF4。",
  "note.qloraKeptTied":
    "QLoRA 把共享權重的 token embedding 與輸出層留在 bf16 ({kept} 個參數，V·h)：bitsandbytes 只量化 linear 層，transformers 也讓輸出層保持不量化 (get_keys_to_not_convert)；其餘是 NF4。",
  "note.qloraKeptUnknown":
    "QLoRA 把 token embedding 與輸出層留在 bf16 (bitsandbytes 只量化 linear 層)；沒有 vocab= 時它們和其餘權重一起以 NF4 計算，權重會算少。",
  "note.servingSixteenBit":
    "權重用 {precision}，但 token embedding 與輸出層仍是 bf16 ({kept} 個參數，N_16)：FP8 與 4-bit 方案只量化各層的 linear 矩陣，不量化 embedding 查表與輸出層 (vLLM、AWQ、GPTQ、bitsandbytes；DeepSeek-V3 §3.3.1 兩者都保留原精度)。",
  "note.decodeLookup":
    "每個 decode 步驟讀取所有參與矩陣乘法的權重；未共享的 token embedding ({table} 個參數，V·h) 只讀這個 batch 用到的列：embedding 是查表，整張表不算在讀取的位元組內。",
  "note.releasedPrecision":
    "{model} 釋出的權重是 {released} (見其 config.json 的 quantization_config)；這個回答以 {precision} 部署，也就是它訓練 MFU 所對照的精度。用 precision={released} 則以釋出的檢查點原樣部署。",
  "note.contextAssumed": "沒有給上下文長度：假設 {context} 個 token。",
  "note.kvPrecision": "KV cache 用 {kv}，權重用 {weights}：cache 的精度獨立設定 (kv-precision=)。",
  "note.slidingWindowKv":
    "已套用滑動視窗：{layers} 層中有 {local} 層只看最後 {window} 個 token，KV cache 也只保留這些 (rolling buffer，Jiang et al. 2023 §2)，所以 {context} 個 token 的序列只存 {bytes} GB 的 KV，而不是每層存下每個 token 的 {full} GB。每個 token 的 KV 位元組數不變；推論 FLOP 與 prefill 的 attention 也只算這些 token。",
  "note.windowNotApplied":
    "模型的滑動視窗（{modelLayers} 層中 {local} 層、{window} 個 token）沒有套用到 KV cache：因為給了 layers={layers}。",
  "note.memoryUnits":
    "全文 GB = 10⁹ bytes。{gpu} 的 {memory} GB 照原廠標示，當成 {memory} × 10⁹ bytes；其中 {usable} GB 可用。",
  "note.servingKvHeadsTp":
    "t 還得能把 {kv} 個 key/value head 平均分開，或把它們複製整數份，所以 t 只能是 {sizes}，即使 {heads} 個 query head 允許更大：vLLM 的 QKVParallelLinear 在 t ≤ n_kv 時以 t 整除 n_kv、t > n_kv 時以 n_kv 整除 t，其他的 t 都不接受。",
  "note.servingTpKvHeads":
    "tp={tp} 既不整除 {kv} 個 key/value head，也不是它的倍數：vLLM 的 QKVParallelLinear 不接受這個 t (它以 t 整除 n_kv，或以 n_kv 整除 t)；所示的記憶體仍按所輸入的值計算。",
  "note.rateImplausible":
    "每秒 {rate} 個請求需要 {gpus} 張 GPU，比目前最大的 AI 叢集的 {largest} 張還多 (xAI 的 Colossus，2024 年 10 萬張 H100)：請檢查請求率，它是每秒的數量 (其他單位可寫 rate=300/min 或 rate=1M/day)。",
  "note.tpHeads":
    "Tensor 平行大小是整除 {heads} 個 attention head 的 2 的次方，且在一個 {node} 卡節點內；KV head 比 t 少時會複製。",
  "note.pipelineServing": "一個 {node} 卡節點放不下：跨節點切成 {pp} 個 pipeline stage。",
  "note.roofline":
    "每步 decode 時間 = max(讀取的 bytes / HBM 頻寬, FLOP / dense 峰值) (Pope 等人 2022)；prefill 受算力限制，以 {mfu}% MFU 計 (用 mfu= 調整)。",
  "note.moeDecode":
    "MoE：每步讀共享權重，加上這個 batch 用到的 expert，每層 E·(1 − (1 − k/E)^B) = {experts} 個中的 {read} 個 (batch {batch}，top-{topK}，假設路由均勻)。",
  "note.moeNoExperts":
    "給了 active 參數但沒給 experts= 與 top-k=：decode 以讀取全部權重計 (上限)；給了才能估 batch 會讀到哪些 expert。",
  "note.noServingLayout": "在 {gpu} 上試過每種切法都放不下。",
  "cards.badTp": "tp={tp} 必須是整除 heads={heads} 的 2 的次方，例如 tp=8。",
  "unit.milliseconds": "{n} 毫秒",
  "cmd.serve.summary": "推論吞吐量：prefill、每秒 decode 的 token 數、撐住請求量所需的 GPU。",
  "title.serve": "用 {gpu} 推論 {params} 參數的模型：吞吐量",
  "hint.serve": "下一步：加上 {add} 看請求量需要幾張 GPU，或試 batch=64。",
  "hint.serveBatchGiven": "下一步：加上 {add} 看請求量需要幾張 GPU。",
  "cards.badSize": "{option} 必須是 1 到 {max} 的整數，例如 {example}。",
  "note.adaptersNeedShape": "LoRA adapter 需要 layers=、hidden= 和 heads=：目前沒有計入。",
  "cards.badPp": "pp={pp} 的 pipeline stage 比 layers={layers} 還多：最多 pp={layers}，例如 pp=2。",
  // Charts (issue 17)
  "chart.footer": "資料來源：{sources}",
  "chart.none": "{command} 沒有圖表：compute、cards、chinchilla 和 compare 才有圖表。",
  "cli.badLang": "flops：--lang {value} 不是我會說的語言：請用 --lang en 或 --lang zh-TW。",
  "cli.badWidth": "flops：--width {value} 不是欄數：請用整數，例如 --width 100。",
  "cli.chartNotWritten": "flops：無法把圖表寫入 {file}：{reason}。上面的回答不受影響。",
  "chart.written": "圖表已寫入 {file}（{width}×{height} px）。",
  "cli.chartNeedsFile":
    "終端機把圖表畫進檔案：在命令列加上 --chart 和檔名問一次，例如 npx flops cards 70B gpu=H100 --chart cards.png。",
  "chart.cards.titleInfer": "以 {gpu} 推論：需要 {cards} 張卡",
  "chart.cards.titleTrain": "以 {gpu} 訓練：需要 {cards} 張卡",
  "chart.cards.titleInferOne": "以 {gpu} 推論：需要 {cards} 張卡",
  "chart.cards.titleTrainOne": "以 {gpu} 訓練：需要 {cards} 張卡",
  "chart.cards.subtitle": "模型總計 {total}（{precision}）；每張卡可用記憶體 {usable}",
  "chart.cards.total": "模型總計",
  "chart.cards.perCard": "每張卡（× {cards}）",
  "chart.cards.axis": "記憶體 (GB)",
  "chart.cards.usable": "可用 {usable}",
  "chart.cards.noActivations": "未計入 activation：請給 layers=、hidden=、heads= 和 context=",
  "chart.cards.noKvCache": "未計入 KV cache：請給 layers=、kv-heads= 和 head-dim=",
  "chart.compute.title": "在不同 GPU 上訓練 {flops}",
  "chart.compute.attention": "FLOP 以每 token 6N + attention 計（PaLM 附錄 B）",
  "chart.compute.subtitle": "各用 {gpus} 張 GPU，MFU {mfu}，{precision} dense 峰值",
  "chart.compute.subtitleOneGpu": "各用 {gpus} 張 GPU，MFU {mfu}，{precision} dense 峰值",
  "chart.compute.days": "訓練時間（天）",
  "chart.compute.hours": "訓練時間（小時）",
  "chart.compute.years": "訓練時間（年）",
  "chart.compute.assumed": "問題未指定，採預設：{items}",
  "chart.compute.assumedJoin": "、",
  "chart.compute.assumedGpus": "{gpus} 張 GPU",
  "chart.compute.assumedMfu": "MFU 為 {mfu}",
  "chart.compute.mfuImplied": "{mfu}（由 GPU 時間推得）",
  "chart.compute.suspiciousMfu": "MFU {mfu} 很可疑：公開的大型訓練約 40–60%",
  "chart.compute.impossibleMfu": "MFU {mfu} 不可能：超過峰值的 100%",
  "chart.compute.gpuHours": "GPU 小時",
  "chart.chinchilla.title": "Chinchilla 等算力曲線",
  "chart.chinchilla.subtitle":
    "每條曲線為固定預算 C = 6·N·D 下的擬合 loss L(N, D)（方法 3）\n虛線：算力最佳 D = 20·N（方法 1、2）\n擬合曲線的最低點落在較小的 N",
  "chart.chinchilla.x": "參數量 N（對數軸）",
  "chart.chinchilla.y": "預測 loss（nats/token）",
  "chart.chinchilla.optimum": "最佳點",
  "chart.chinchilla.run": "你的訓練",
  "chart.compare.title": "訓練比較",
  "chart.compare.subtitle": "{models}\n算力與每參數 token 數為對數軸",
  "chart.compare.flops": "訓練算力（FLOP，對數軸）",
  "chart.compare.tokensPerParam": "每參數 token 數（對數軸）",
  "chart.compare.mfu": "MFU（%，模型算力利用率）",
  "chart.compare.chinchilla": "Chinchilla 最佳值 20",
  "text.sources": "資料來源：",
  "discord.opt.chart": "在回答後附上一張圖表（PNG）。",
  // Conversations: follow-ups, buttons, form, App Home, "Estimate compute"
  "conversation.changed": "追問 ({changes})，照這樣算：{question}",
  "conversation.again": "重新計算：{question}",
  "conversation.shared": "已分享到頻道：{question}",
  "conversation.startedOver": "這是一個新的問題，重新計算：不沿用這串討論上一題 ({question}) 的設定。",
  "conversation.lostTitle": "找不到這則追問接的問題",
  "conversation.lost": "先前的問題已經不在了 (bot 重啟過或已過期)。請把整個問題重新問一次。",
  "conversation.lostWith":
    "先前的問題已經不在了 (bot 重啟過或已過期)；最後讀到的是 {reading}。請把整個問題重新問一次。",
  "conversation.goneTitle": "你回覆的訊息已被刪除",
  "conversation.gone": "那則訊息已經不在了，所以沒有可以修改的問題。請把整個問題重新問一次。",
  "conversation.notAnswerTitle": "那則訊息沒有可以修改的問題",
  "conversation.notAnswer":
    "它不是下方附有選單和按鈕的回答（錯誤訊息、說明或列表），所以沒有可以修改的設定。請回覆一則回答，或把整個問題重新問一次。",
  "conversation.notAnswerThread":
    "它不是下方附有選單和按鈕的回答（錯誤訊息、說明或列表），所以沒有可以修改的設定。請在一則回答的討論串裡回覆，或把整個問題重新問一次。",
  "conversation.privateTitle": "這串討論沒有可接續的問題",
  "conversation.privateThread":
    "這串討論裡的問題是私下問的，所以討論串不保留它（私下的回答只給提問者本人）。請重新問完整的問題，或使用那則私下回答下方的按鈕。",
  "conversation.gpuKept":
    "沒有指定 GPU：沿用 {gpu}，也就是這串討論上一個回答為 {model} 假設的 GPU；這是假設，不是你指定的。請用 gpu= 指定你的 GPU。",
  "note.thousandthGpuHours":
    "{typed} GPU 小時只有 {model} 公開的 {published} 的千分之一：你是指 {meant} 嗎？答案仍用輸入的 {typed}；以 {meant} 計算，MFU 為 {mfuMeant}。",
  "note.totalGpuHours":
    "{typed} GPU 小時是 {model} 的總計，不只是預訓練：預訓練 {pretraining} + 上下文延伸 {extension} + 後訓練 {post}。token 數是預訓練的，資料庫用的 {pretraining} 也是：以它計算 MFU 為 {mfuPretraining}，以輸入的 {typed} 計算則為 {mfuTyped}。",
  "conversation.notYours": "只有提問的人可以修改或分享這則私人回覆。",
  "conversation.gpuMenu": "換一款 GPU",
  "conversation.explain": "說明算法",
  "conversation.chart": "圖表",
  "conversation.lang.en": "English (英文)",
  "conversation.lang.zh-TW": "中文 (台灣)",
  "conversation.share": "分享到頻道",
  "conversation.estimate": "估算算力",
  "conversation.estimateNoText":
    "那則訊息沒有可以讀出數字的文字 (只有檔案、圖片或提及)：估算算力讀的是像「用 512 張 H100 訓練 70B，15T tokens」這樣的訊息。",
  "conversation.form.summary": "用表單問：參數量、token 數、GPU、張數與其他設定",
  "conversation.form.more": "其他 (mfu=40% price=$2/h precision=bf16)",
  "conversation.home.title": "flopsbot：訓練算力，附公式與出處",
  "conversation.home.examples": "試試看",
  "conversation.home.grammar": "語法速覽",
  "conversation.home.followUps":
    "在有回覆的討論串裡，@flopsbot 只打要改的部分 (gpu=A100、gpus=2048、precision=fp8、explain) 就會重算。",
  "conversation.home.recent": "你最近問過的",
  "conversation.home.none": "還沒有：用 /flops 或表單問一個吧。",
  "conversation.form.title": "估算算力",
  "conversation.form.submit": "計算",
  "conversation.form.close": "取消",
  "conversation.form.params": "參數量 (例如 70B)",
  "conversation.form.tokens": "訓練 token 數 (例如 15T)",
  "conversation.form.gpu": "GPU 型號",
  "conversation.form.gpus": "GPU 張數",
  "conversation.form.mfu": "MFU (例如 40%)",
  "conversation.form.price": "每 GPU 小時價格 (例如 $2/h)",
  "conversation.form.precision": "精度",
  "conversation.form.mode": "模式",
  "conversation.form.train": "訓練：算力、時間與成本",
  "conversation.form.infer": "推論：放得下模型要幾張卡",
  "conversation.form.where": "回覆到",
  "conversation.form.invalid": "這個欄位不接受 {value}；例如 {example}。",
  "conversation.form.required": "必填；例如 {example}。",
  "conversation.form.unusedServing": "推論模式用不到 {value}：請清空這個欄位，或把模式改成訓練。",

  // /flops gpus，依廠商分組
  "row.gpuVendor": "{vendor} ({count} 款)",
  "row.gpuPeakAt": "{gpu} 的 {precision} dense 峰值",
  "row.gpuPeakAtOps": "{gpu} 的 {precision} dense 峰值 (TOPS)",
  "note.gpuPeakMissing":
    "目錄裡沒有 {gpus} 的 {precision} dense 峰值：這張卡沒有，或規格書的數字這裡沒有來源。",
  "row.gpuVendorPart": "{vendor} ({count} 款，第 {part}/{parts} 段)",
  "note.gpuColumns":
    "每行：記憶體 · 頻寬 · bf16 / fp8 dense TFLOP/s (沒有 bf16 的卡改列 fp16 或 fp32 並標明；目錄沒有 dense fp8 數字時為 –：卡沒有 fp8，或這裡沒有可查證的數字)。",
  // Tables (compare): one column per run; the formulas listed under the table
  "table.formulas": "各數字的算法與出處：",
  "compare.table.params": "參數量",
  "compare.table.tokens": "訓練 token 數",
  "compare.table.tokensPerParam": "每參數 token 數",
  "compare.table.flops": "訓練算力",
  "compare.table.gpuHours": "GPU 小時",
  "compare.table.mfu": "MFU",
  // Charts: an answer of a charted command that has nothing to draw (fine-tuning, a hardware budget)
  "note.chartNoneForAnswer": "這個 {command} 回答沒有圖表 (微調記憶體和硬體預算不畫圖)；所有數字都在文字裡。",
  // A parallel layout typed to a command that reads none (70B 2T on 1024 H100 tp=8): never a near key (tdp, d)
  "args.layoutKey":
    "/flops {command} 不接受平行配置 ({key}=)：它給的數字都與配置無關。/flops cards 會把模型放到一種配置上 (mode=train 或 mode=infer)。",
  "read.layoutWord":
    "/flops {command} 不接受平行配置 ({word})：它給的數字都與配置無關。/flops cards 會把模型放到一種配置上 (mode=train 或 mode=infer)。",
  // Unknown names with nothing close to them: what there is, never an empty "Did you mean"
  "args.keyElsewhere":
    "/flops {command} 沒有「{key}」這個選項（{key}= 是 {owners} 的選項）。它的選項有：{list}。",
  "args.unknownKeyNoSuggestion": "/flops {command} 沒有「{key}」這個選項。它的選項有：{list}。",
  "gpu.unknownNoSuggestion": "我不認識「{query}」這款 GPU；/flops gpus 會列出我知道的全部。",
  "gpu.noneWithMemory": "我知道的 GPU 沒有 {memory} GB 的；我知道的記憶體大小有 {memories} GB。",
  "params.layerUnknownNoSuggestion": "我不認識「{kind}」這種層。我認得的層有：{list}。",
  "args.twice": "{option} 給了兩次，分別是 {first} 和 {second}：請只給一次。",
  "args.unknownCommandNoSuggestion": "沒有「{command}」這個指令。指令有：{list}。",
  "args.badChoiceNoSuggestion": "「{value}」不是 {choices} 其中之一。",
  "cards.kvNeedsShape":
    "KV 快取取決於模型的形狀，而不只是大小：層數、KV 頭數與每頭維度（每個 token 2·L·n_kv·d_head·bytes），光有 {params} 算不出來。請指名模型，例如下面範例的 {model}，或給出形狀和 GPU，例如 {model} 的：layers={layers} kv-heads={kvHeads} head-dim={headDim} gpu=H100。",
  "cards.kvNeedsModel":
    "KV 快取取決於模型的形狀：層數、KV 頭數與每頭維度（每個 token 2·L·n_kv·d_head·bytes）。請指名模型 (如下面範例)，或給出形狀：layers=、kv-heads= 與 head-dim= 以及 params=。",
  "cards.badTpPower": "tp={tp} 必須是 2 的次方，例如 tp=8。",
  // A number out of range for the option it was given to: that option's own example
  "quantity.notPositiveFor": "{option} 的「{text}」必須大於零，例如 {example}。",
  "quantity.wordFor": "{option} 要填數字，不是「{text}」這樣的字：例如 {example}。",
  "quantity.notIntegerFor": "{option} 的「{text}」必須是至少 1 的整數，例如 {example}。",
  // Reading: request rates, nodes, durations in parts, grouped counts
  "readAs.rate": "rate 為每秒 {value} 個請求",
  "read.nodes": "將 {nodes} 個節點 × 每節點 {perNode} 張解讀為 {gpus} 張 GPU。",
  "read.durationSum": "將 {parts} 解讀為一段時間，共 {days} 天。",
  "read.durationSumHours": "將 {parts} 解讀為一段時間，共 {hours} 小時。",
  "read.nodesWithoutCount":
    "{nodes} 個節點，每個節點幾張 GPU？請寫出來，例如 /flops 70B 2T {nodes} 個節點、每節點 8 張 H100 (或用 gpus= 給總數)。",
  "read.currency":
    "「{word}」不是美元：價格只以美元計算，不假設任何匯率。請先換算成美元再輸入，例如 price=$2/h。",
  "read.pricePerNode":
    "{perNode} 是每個節點的價格，這裡的價格以每張 GPU 每小時計：請除以節點的 GPU 數。每個節點 {gpus} 張 GPU (HGX、DGX 為 8 張) 時，是每張 GPU 每小時 {perGpu}。",
  "read.nodeWithoutCount":
    "一個節點有幾張 GPU？請寫出來，例如 /flops 70B 2T 1 node of 8 H100 (或用 gpus= 給總數)。",
  "read.dgx": "將 {nodes} 台 DGX 解讀為 {gpus} 張 GPU：每台 DGX 有 {perNode} 張 (NVIDIA DGX 規格表)。",
  "read.percentRange":
    "「{value}」是一個區間：一次回答只算一個 MFU。不給 mfu= 時，回答會涵蓋大型公開訓練的 30%–50% (中間值 40%)；要指定的話，請分開問 mfu={low} 與 mfu={high}。",
  "read.badGrouping": "我看不懂「{value}」這個數字：逗號只能放在每三位數之間 (1,024)，或不加逗號 (1024)。",
  "read.chineseNumber":
    "我看不懂「{value}」這個數字：兆、億、萬請由大到小寫，第一段之後每段小於一萬且寫完整 (1兆4000億 或 一兆四千億 即 1.4T，1萬4000 即 14,000)，兩個數字之間請空一格。",
  // Reading: questions about throughput
  "read.askedTokensPerSecond":
    "每秒 token 數是推論部署的問題，要用 /flops {command} 來算：請給模型和 GPU，例如 /flops {example}。",
  // Answers: published figures against the user's own plan, misdirected options
  "preset.notUsed": "{model}：你輸入了 {typed}，所以不採用公開的 {values}。",
  "note.publishedGpuTime":
    "這裡的訓練時間、成本與能耗是用 {model} 公開的 {gpuHours} GPU 小時算的，也就是那次訓練實際達到的 MFU（見上方推算值）。輸入 mfu= 可以改用你預期的 MFU 規劃自己的訓練。",
  "row.gpuHoursPublished": "GPU 小時（公開訓練）",
  "row.wallTimePublished": "以公開 GPU 小時計的訓練時間",
  "compare.sameRun":
    "{model} 重複給了 {times} 次（{words}）：compare 要比較 {min} 到 {max} 個不同的訓練，例如 /flops {example}。",
  "gpu.oneOnly":
    "/flops {command} 只能給一款 GPU，你給了 {count} 款（{gpus}）。請每款各問一次（gpu={first}），或用 /flops compute 並列比較它們的訓練時間與成本：/flops 70B 2T gpu={list}。",
  "serve.trainingMode":
    "/flops serve 算的是推論服務；mode={mode} 是訓練記憶體，請用 /flops cards：/flops {example}。",
  "row.gpuHoursAtPublishedMfu": "以公開 MFU {mfu} 計的 GPU 小時",
  "mfu.planAtMfu":
    "/flops mfu 是從訓練的 GPU 時間推算 MFU。若要以 {value} 的 MFU 規劃訓練時間與成本，請用 /flops compute：/flops {example}。",
  // Dollar budgets, MFU warnings in compute, serving defaults, throughput units
  "compute.budgetUsd":
    "以美元計的預算是錢，不是 FLOP：請給一款 GPU 和它的價格，換算成 GPU 小時，例如 {example}；或給以 FLOP 計的算力預算，例如 {flopExample}。",
  "note.budgetUsd": "預算 {budget} 是錢，不是 FLOP：{budget} ÷ 每 GPU 小時 {price} = {gpuHours} GPU 小時。",
  "note.budgetHeld":
    "模型大小與 token 數都已給定，所以輸入的 {budget} FLOP 不決定兩者：這次訓練的 6ND 為 {need} FLOP，是它的 {share}。",
  "note.budgetUsdHeld":
    "{gpuHours} GPU 小時可提供 {flop} FLOP = GPU-h × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1)；參數量與 token 數都已給定，預算不決定兩者：這次訓練的 6ND 為 {need} FLOP，占預算的 {share}。",
  "note.hardwareTokens":
    "沒有給 token 數：{gpuHours} GPU 小時可提供 {flop} FLOP = GPU 小時 × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1)，以每 token {perToken} FLOP 可訓練這個模型 {tokens} token。",
  "note.hardwareTokensRange":
    "沒有給 token 數：{gpuHours} GPU 小時可提供 {flop} FLOP = GPU 小時 × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1)，以每 token {perToken} FLOP 可訓練這個模型 {tokens} token (MFU {high} → {tokensHigh}，{low} → {tokensLow})。",
  "note.budgetUsdFlop":
    "{gpuHours} GPU 小時可提供 {flop} FLOP = GPU 小時 × 3600 × {peak} FLOP/s × MFU {mfu} (PaLM §4.1)；以這個 FLOP 預算決定 token 數。",
  "readAs.budgetUsd": "預算 {value}",
  "compute.mfuPastDeadline":
    "以指定的 MFU {mfu}，這次訓練需要 {needed} GPU 小時，用 {gpus} 張 GPU 要 {time}：超過給定的 {given}。要在這段時間內完成，MFU 得達到 {implied}。",
  "compute.mfuPastGpuHours":
    "以指定的 MFU {mfu}，這次訓練需要 {needed} GPU 小時，多於給定的 {given} GPU 小時；給定的時數隱含 MFU {implied}。",
  "note.requestAssumed":
    "給了請求速率但沒給 prompt= 或 generate=：假設每個請求的 prompt 為 {prompt} 個 token、生成 {generate} 個 token (請依實際流量設定兩者)。",
  "row.modelFlopRate": "模型 FLOP/s (整個叢集)",
  "row.modelFlopRateAttention": "含 attention 的模型 FLOP/s (整個叢集)",
  "row.hardwareFlopRate": "硬體 FLOP/s (含重算，整個叢集)",
  // Next: lines that move on; a run's GPU time, power and cost on another GPU; MLA
  "note.publishedPowerOtherGpu":
    "{model} 公開的每張 GPU {watts} W 是 {runGpu} 的功耗，不是 {gpu}：這裡的能耗改用 {gpu} 自己的功耗。",
  "hint.cardsAdapter": "下一步：用 {layout} 固定部分切分方式，或用 mode=train 看全參數訓練的記憶體。",
  "hint.cardsAdapterLayoutGiven": "下一步：用 mode=train 看全參數訓練的記憶體。",
  "hint.serveRate":
    "下一步：precision=fp8 讓權重的記憶體與讀取量減半；換 gpu= 比較不同卡；batch= 在延遲與 GPU 數之間取捨。",
  "hint.serveRateLowPrecision": "下一步：換 gpu= 比較不同卡；batch= 在延遲與 GPU 數之間取捨。",
  "hint.gpusFiltered":
    "下一步：/flops 70B 1.4T gpu={gpu} 看在這張卡上的時間與成本，或 /flops cards 70B gpu={gpu} 看記憶體。",
  "note.publishedMfuOtherGpu":
    "{model} 公開的 MFU {published} 是在 {runGpu} 上量到的，不是 {gpu}：這裡的時間與成本改以 MFU 範圍規劃 (可用 mfu= 指定)。",
  "note.publishedOtherGpu":
    "{model} 公開的 GPU 時間是在 {runGpu} 上跑的，不是 {gpu}：這裡的時間與成本改以 MFU 規劃。",
  "mfu.publishedOtherGpu":
    "{model} 公開的 GPU 時間是在 {runGpu} 上跑的：拿 {gpu} 的峰值算出的 MFU 不是那次訓練的。要看它本身的 MFU 請拿掉 gpu=；要規劃在 {gpu} 上訓練請用 /flops compute。",
  "note.costNeedsPrice":
    "沒有每 GPU 小時的價格就算不出成本：請加上價格，例如 {example}，成本 = GPU 小時 × 價格。",
  "opt.kv-latent":
    "MLA 每個 token 每一層快取的數值數 (multi-head latent attention：kv_lora_rank + qk_rope_head_dim)，例如 DeepSeek-V3 為 512+64 搭配 layers=61；cache 為每個 token L·(d_c + d_R)·bytes，取代 2·L·n_kv·d_head。",
  // Reading: prices per day, nodes of given GPUs, decimal commas, month names
  "read.pricePerHour": "將每張 GPU {price} 解讀為每 GPU 小時 {perHour}。",
  "read.nodesOfGiven": "將 {gpus} 張 GPU 解讀為分布在 {nodes} 個節點上 (每節點 {perNode} 張)。",
  "read.decimalComma":
    "我看不懂「{value}」這個數字：小數請用小數點，例如 {suggestion}；逗號只能放在每三位數之間 (1,024)。",
  "read.expertsTimesSize":
    "「{value}」讀起來是 {experts} 個專家、每個這麼大，不是參數量：請寫模型名稱 (例如 {model})，或用 params= 加上 experts={experts}。",
  "read.expertsTimesSizeUnknown":
    "「{value}」讀起來是 {experts} 個專家、每個這麼大，不是參數量，而我沒有這個名稱的公開訓練資料：請用 params= 寫總參數量並加上 experts={experts} (每個 token 用到的參數量用 active=)。",
  "read.ggufQuant":
    "「{word}」是 llama.cpp 的 GGUF 量化格式，我沒有建模：它的區塊在 {bits} 位元權重旁另存 scale，每個權重超過 {bits} 位元，多少取決於模型。我接受的 precision=fp32、bf16、fp16、fp8、int8、int4 或 fp4；最接近的是以純 {near} 位元權重計算，例如 {example}。",
  "read.ggufFile":
    "「{word}」是 llama.cpp 的檔案格式，不是精度：它的量化格式 (Q4_K_M、Q8_0 等) 在權重旁另存 scale，每個權重的位元數比名稱寫的多，我沒有建模。我接受的 precision=fp32、bf16、fp16、fp8、int8、int4 或 fp4，例如 {example}。",
  "read.monthName": "「{value}」是一年中的月份 ({month})，不是時間長度：要寫幾個月請用「{suggestion}」。",
  // MLA per layer, compute without a GPU, integer precisions, context as the prompt
  "note.mlaNeedsLayers":
    "kv-latent= 是 MLA 每一層的 cache (d_c + d_R)：沒有 layers= 就不計入 cache。請加上層數，例如 kv-latent=576 layers=61 (DeepSeek-V3)。",
  "compute.needsGpu": "{options} 需要指定 GPU 才能估算時間、MFU 或成本：請加上 GPU，例如 gpu=H100。",
  "compute.integerPrecision":
    "{precision} 是整數推論的吞吐量 ({gpu}：每秒 {peak} 次整數運算，TOPS)：訓練用 bf16 或 fp8 跑，所以這個估算比任何實際訓練都快。請改用 precision=bf16 (Hopper 以後也可用 fp8)。",
  "compute.fp4Precision":
    "fp4 是推論用的格式 ({gpu}：fp4 dense 每秒 {peak} FLOP)：公開的預訓練都用 bf16 (Llama 3) 或 fp8 (DeepSeek-V3)，所以這個估算比它們都快。請改用 precision=bf16 或 precision=fp8。",
  "quantity.notFractionFor": "{option} 的「{text}」必須大於 0% 且不超過 100%，例如 {example}。",
  "note.contextAsPrompt":
    "有請求速率但沒有 prompt=：context={context} 當成每個請求的 prompt 長度 (prompt={context})，之後生成 {generate} 個 token；請用 prompt= 和 generate= 描述你的流量。",
  // A run's published parameter count beside params' own count
  "params.note.matchesPublished": "{model} 公布的總參數量是 {published}：這裡算出的數字完全相符。",
  "params.note.shortOfPublished":
    "{model} 公布的總參數量是 {published}：這裡少了 {difference} 個參數；/flops model {id} 會說明原因。",
  "params.note.overPublished":
    "{model} 公布的總參數量是 {published}：這裡多了 {difference} 個參數；/flops model {id} 會說明原因。",
  // Chat platforms: adapters, security, answer limits
  "args.wordTooLong":
    "有個字長達 {length} 個字元，太長了 (最多 {max} 個)，所以什麼都沒算：請把數值寫短一點。",
  "conversation.chartOthers":
    "只有提問的人能把這個答案的圖表貼到頻道；這裡是只給你看的答案。想要自己的圖表，請加上 chart 自己問，例如 /flops 70B 15T gpu=H100 chart。",
  "conversation.chartNotPostedTitle": "圖表沒能貼出",
  "conversation.chartNotDrawn":
    "這次畫不出圖表；上面的答案不受影響。請加上 chart 再問一次，或在終端機用 --chart FILE.png。",
  "conversation.chartNotPosted":
    "Slack 沒有接受這個對話裡的圖表。請先邀請 flopsbot 加入 (/invite @flopsbot) 再問一次；如果它已經在這裡，這個 app 需要 files:write 權限 (請重新安裝)。",
  "conversation.chartPrivate":
    "圖表會貼在頻道裡讓所有人看到，所以私人答案沒有圖表：請先把答案分享到頻道，再按「圖表」。",
  "params.runUnmodelled":
    "這裡的參數公式無法描述 {model} 的架構，所以不能逐層計算：它公布的總參數量與啟用參數量請看 /flops model {id}。",
  // Conversations: refusals of a follow-up, meeting one-liners
  "conversation.unknownWord": "我不懂「{word}」要改這串討論 /flops {command} 的哪一項。",
  "conversation.changeHint": "在這串討論裡只要寫要改的部分，例如 {example}；完整的問題會重新開始。",
  "note.mfuTypedBelow":
    "MFU {mfu} 低於大型公開訓練的 30%–50% (PaLM 表 3：Gopher 32.5%、MT-NLG 30.2%、PaLM 46.2%；Llama 3 405B 為 38–43%)：保守的估計。",
  "note.mfuTypedWithin":
    "MFU {mfu} 落在大型公開訓練的 30%–50% 之間 (PaLM 表 3：Gopher 32.5%、MT-NLG 30.2%、PaLM 46.2%；Llama 3 405B 為 38–43%)：調校良好的訓練做得到。",
  "note.mfuTypedTop":
    "MFU {mfu} 已是公開訓練的上緣 (PaLM 表 3：PaLM 46.2%、Gopher 32.5%、MT-NLG 30.2%；Llama 3 405B 為 38–43%)：做得到，但要調校得很好；一般以 40% 估算。",
  "note.mfuTypedAbove":
    "MFU {mfu} 高於所有大型公開訓練 (30%–50%：PaLM 表 3：PaLM 46.2%、Gopher 32.5%、MT-NLG 30.2%；Llama 3 405B 為 38–43%)：過於樂觀；建議以 40% 估算。",
  // Formulas' words (core/formulas: symbolicKey, substitutedKey); the English read as the formula files do
  "formula.memory.summedOverCards": "Σ 所有卡加總",
  "formula.memory.totalOverCards": "權重 + 梯度 + optimizer 狀態，所有卡加總",
  "formula.model.activeExact.symbolic": "共享 + top-{k} 路由專家 + attention + 嵌入層與輸出層",
  "formula.model.activeExact.substituted":
    "{active} (比公開值 {difference}；不含 {embedding} 嵌入層為 {without})",
  "formula.range.point": "（取 MFU {MFU}）",
  "formula.serve.layout.heads": "，整除 {heads} 個 head",
  "formula.serve.layout.layers": "，整除 {layers} 層",
  "formula.serve.maxBatch": "⌊({usable} GB / 1.1 − {weights} GB) / {kvSeq} GB⌋，ctx 為 {ctx} 時",
  "formula.serve.decodePerGpu": "每個 replica / {gpus}",
  "formula.serve.replicas": "⌈{rate} req/s / {perReplica}⌉ = {replicas} × (每個 replica {gpus} 張 {gpu})",
  "formula.nonEmbedding": "總數 − embedding",
  "formula.gpu.wholeNodes": "8 × ⌈{gpus} / 8⌉ = {nodes} 個 8 卡節點",
  "formula.chinchilla.table3Row": "表 3 的一列：{N} → {C} FLOP、{D} token",
  "formula.chinchilla.table3Between": "表 3 相鄰兩列間取 log-log 內插：{N} → {C} FLOP",
  "formula.chinchilla.eq4Params": "式 4 (E {E}, A {A}, B {B}, α {alpha}, β {beta})：N = G·(C/6)^a；D {D}",
  "formula.chinchilla.eq4Tokens":
    "式 4 (E {E}, A {A}, B {B}, α {alpha}, β {beta})：C = {C} 時 N 為最佳 → D = C / 6N",
  "formula.run.vsPublished": " (比公開值 {difference})",
  "formula.compare.mfu6N": "6N：{sixN} ({work} / (GPU 秒數 × {precision} dense 峰值))",
  "formula.compare.published": "；公開值 {mfu}",
  "formula.compare.publishedRange": "；公開值 {low}–{high}%",
  "formula.compare.publishedNone": "；公開值：—",
  "formula.compare.mfuPublished": "公開值 {mfu} ({source})",
  "formula.compare.mfuPublishedRange": "公開值 {low}–{high}% ({source})",
  "formula.forward.perToken": "各元件加總，T = {T}；每個權重 2 FLOP，Q·Kᵀ 與 A·V 為 2·heads·(d_qk + d_v)·T",
  // Published runs changed, plan sanity, serving context, prices and corpora (numbers round 10)
  "compute.publishedMfuPastDeadline":
    "以 {model} 公開的 MFU {mfu}，這次訓練需要 {needed} GPU 小時，用 {gpus} 張 GPU 要 {time}：超過給定的 {given}。要在這段時間內完成，MFU 得達到 {implied}。",
  "compute.publishedMfuPastGpuHours":
    "以 {model} 公開的 MFU {mfu}，這次訓練需要 {needed} GPU 小時，多於給定的 {given} GPU 小時；給定的時數隱含 MFU {implied}。",
  "mfu.plannedHigh":
    "以 MFU {mfu} 規劃多半太樂觀：PaLM 的大型訓練最好達到 46.2% (PaLM 表 3)，Llama 3 405B 為 38–43% (Llama 3 表 4)。除非實測過更高，請以 40% 規劃。",
  "compute.tooFewGpusForState":
    "{gpus} 張 {gpu} 放不下訓練狀態：混合精度 Adam 每個參數要 16 B，共 {total} GB，而 {gpus} 張卡可用的只有 {usable} GB；需要 {cards} 張卡 (ZeRO-3 分散到每張卡)，或改用 LoRA/QLoRA (/flops cards mode=qlora)。",
  "compute.planTooLong":
    "要跑 {years} 年的訓練稱不上計畫：公開的預訓練通常只跑幾週到幾個月 (Llama 3 405B：16,384 張 GPU 共 30.84M H100 小時，約 78 天)。請增加 GPU (gpus=) 或減少 token 數。",
  "note.kvAtRequest":
    "每個序列的 KV cache 以它實際保存的 token 計算：prompt + generate = {prompt} + {generate} = {sequence} 個 token，而不是模型的完整上下文；vLLM 隨 token 產生才配置 KV 區塊 (PagedAttention，Kwon et al. 2023)。",
  "note.requestAssumedNoRate":
    "prompt= 與 generate= 只給了一個：假設每個請求的 prompt 為 {prompt} 個 token、生成 {generate} 個 token (請依實際流量設定兩者)。",
  "note.contextAsPromptNoRate":
    "有 generate= 但沒有 prompt=：context={context} 當成每個請求的 prompt 長度 (prompt={context})，之後生成 {generate} 個 token。",
  "serve.pastMaxContext":
    "{tokens} 個 token 超過 {model} 的最長 context {max} 個 token (config.json 的 max_position_embeddings)：模型沒有用這麼長的序列訓練過，超過後的品質無法保證。請改用長 context 版本，或把請求控制在 {max} 個 token 內。",
  "note.prefillPipeline":
    "一個 prompt 的 prefill 依序經過 {pp} 個 pipeline stage，同一時間只有 {tp} 張 GPU (一個 stage 的 tensor parallel 組) 在算：時間以 {tp} 張 GPU 計，不是 {tp} × {pp}，與 decode 的每一步相同。若用 chunked pipelined prefill 讓各 stage 重疊，時間會更短。",
  "chart.compute.costAll": "成本（美元，每張 GPU 都是 {price}）",
  "chart.compute.costOne": "成本（美元，{gpu} 為 {price}）",
  "chart.compute.notPriced": "沒有給定",
  "chart.compute.costEach": "成本（美元，各 GPU 依各自的每 GPU 小時價格）",
  "chart.compute.costAt": "{cost}（{price}）",
  "compute.priceHigh":
    "每 GPU 小時 {price} 超過雲端單張 GPU 的價格 (約 $0.1–$20)：這是每個 {node} 卡節點的價格嗎？換算成單張 GPU 是 {perGpu}/h (price={perGpu}/h)。",
  "compute.priceLow":
    "每 GPU 小時 {price} 低於任何雲端單張 GPU 的價格 (約 $0.1–$20)：請檢查價格與單位 (每小時、每張 GPU)。",
  "compute.tokensBeyondCorpora":
    "{tokens} 個 token 超過任何公開的訓練語料：最大的是 Llama 4 Scout，約 40T 個文字、圖片與影片 token (Llama 4 模型卡)；Qwen3 用了約 36T，Llama 3 用了 15.6T。",
  "chart.compute.datasheets": "{gpus} 的 datasheet",
  "compare.cell.mfuAttention": "{mfu}（6N+attn）",
  "compare.cell.mfu6N": "{mfu}（6N）",
  "compare.cell.mfuPublished": "{mfu}（公開值）",
  "note.fp8FromPublished":
    "{model} 以 {precision} 訓練花了 {published}；照公開的 fp8 訓練相對 bf16 實測的 {speedup} 倍 (Fujii et al. 2024)，大約要 {fp8}，比上面以兩倍峰值規劃的時間長。",
  "compute.publishedMfuPastPublished":
    "以 {model} 公開的 MFU {mfu}，這次訓練需要 {needed} GPU 小時 (用 {gpus} 張 GPU 要 {time})，多於 {model} 公開的 {givenHours} GPU 小時：你改的數值增加了運算量，要在公開的時間內完成，MFU 得達到 {implied}。",
  // Reading a question: GPU model numbers, intents, two-part questions, phrasings (fix10)
  "read.thousandsAsContext": "將「{word}」解讀為上下文長度 (context={word})，如模型卡的寫法。",
  "read.countOfBoth":
    "{first} 沒有給張數：將 {count} 張解讀為 {first} 與 {second} 共同的張數 (並列比較的 GPU 用同一個張數；其他張數請另外一行問)。",
  "read.modelOnGpusAsServing":
    "將 {model} 在 {gpus} 上解讀為部署推論 (放不放得下)：沒有給任何訓練的資訊 (token 數、時間、MFU、價格)；要估算它的訓練請說 train / 訓練。",
  "read.digitsGpu": "將「{word}」解讀為 GPU {gpu}，不是數字。",
  "cards.availableFits": "放得進給定的 {available} 張 {gpu}：需要 {needed} 張。",
  "cards.availableTooFew": "給定的 {available} 張 {gpu} 放不下：需要 {needed} 張。",
  "cards.availableNone": "給定的 {available} 張 {gpu} 放不下，搜尋過的任何配置也放不下。",
  "cards.available4bitShort":
    "即使改用 4-bit 權重 (precision=int4) 也需要 {needed} 張，{available} 張 {gpu} 不夠。",
  "cards.available4bit": "改用 4-bit 權重 (precision=int4) 需要 {needed} 張，{available} 張 {gpu} 放得下。",
  "opt.available": "你手上的 GPU 數量：回答會說模型放不放得下 (`on 2 4090s`)。",
  "read.runAsServing":
    "將「{word}」解讀為部署推論：沒有給任何訓練的資訊 (token 數、時間、MFU、價格)；要估算訓練請說 train / 訓練。",
  "read.gpuHours": "將「{typed}」解讀為 {value} GPU 小時。",
  "read.gpuTimeUnit": "將「{typed}」解讀為 {value} GPU 小時（每單位 {per} 小時；一年以 365.25 天計）。",
  "read.gpuServingDefault":
    "沒有指定 GPU，{model} 也沒有公開用的 GPU：假設用 {gpu}；權重與 KV cache 不受影響，卡數與速度會。請用 gpu= 指定你的 GPU。",
  "read.gpuFromRun": "沒有指定 GPU：假設用 {gpu} ({model} 訓練時用的 GPU)；請用 gpu= 指定你的 GPU。",
  "read.sixOnExample":
    "為什麼是 6ND：以原始文章的例子 GPT-3 (175B 參數、300B token；Brown 等人 2020) 逐步說明，這些數字不是你輸入的；要算你的模型：/flops <參數> <token> explain (這裡是 /flops {example})。",
  "read.definitionOnExample":
    "你問的是定義：以這個指令的範例 /flops {example} 逐步說明，這些數字不是你輸入的；換成你自己的數字，用同樣寫法問即可。",
  "read.gpuAssumed":
    "沒有指定 GPU：假設用 {gpu}；每個參數的位元組數不受影響，卡數與速度會。請用 gpu= 指定你的 GPU。",
  "read.alsoAsked": "也問了：{what}。這裡回答的是時間；{what} 請用 /flops {example}。",
  "read.bestGpu":
    "將「{asked}」解讀為目錄中的 {gpus} 款訓練用 GPU 並列比較：相同張數、MFU 與 bf16，最快的在前。最快不等於最便宜：加上 price= (每款一個，順序相同) 可比較成本；各 GPU 實際的 MFU 也不同。比較其他 GPU：gpu=h100,b200,mi300x。",
  "read.bestGpuServing":
    "部署推論不會比較「{asked}」：一次只以一款 GPU 估算，即「解讀為」中的那一款。要比較請用 gpu= 指定另一款 (解碼速度取決於記憶體頻寬；/flops gpus 列出各卡的記憶體與頻寬)。",
  "read.kvPerToken":
    "將「{typed}」解讀為一個 token 的 KV cache：{kb} KB ({exact} bytes)，即 2·L·n_kv·d_head·bytes，也就是 KV cache 各列的第一個因子 (再乘以 context 與 batch)。",
  "read.kvPerTokenMla":
    "將「{typed}」解讀為一個 token 的 KV cache：{kb} KB ({exact} bytes)，即 L·(d_c + d_R)·bytes (multi-head latent attention 每層只快取一個壓縮後的 latent 與一個 RoPE key，DeepSeek-V2 §2.1)，也就是 KV cache 各列的第一個因子 (再乘以 context 與 batch)。",
  "read.noSuchMemory":
    "沒有 {typed} 的 {gpu}：目錄中的 {gpu} 有 {sizes} GB 的版本。請指名你要的那一款，例如 {example}。",
  "read.unitAsked":
    "將「{typed}」解讀為詢問時間的單位：時間那一列會以最易讀的單位列出，GPU 小時那一列是總數。",
  "read.trainingFlopsPerToken": "將「{typed}」解讀為每個 token 的訓練 FLOP。",
  "read.trainingFlopsPerTokenValue":
    "將「{typed}」解讀為每個 token 的訓練 FLOP：6·N = 6 × {params} = {perToken} FLOP (前向 2·N、反向 4·N；Kaplan et al. 2020)。",
  "read.trainingFlopsPerTokenAttention":
    "將「{typed}」解讀為每個 token 的訓練 FLOP：6·N = 6 × {params} = {perToken} FLOP (前向 2·N、反向 4·N；Kaplan et al. 2020)；計入 attention 為 6N + 12·L·H·Q·T = {withAttention} FLOP (PaLM 附錄 B)。",
  "read.flopsPerToken":
    "將「{typed}」解讀為推論時每個 token 的 FLOP：即「每個 token 的推論 FLOP」那一列，前向傳播 2·N (知道模型形狀時再加上注意力，PaLM 附錄 B)。訓練每個 token 是 6·N：前向 2·N、反向 4·N (Kaplan 等人 2020)。",
  "read.epochs":
    "將 {tokens} token 訓練 {epochs} 個 epoch 解讀為看過 {tokens} × {epochs} 個 token：D 計入每一次走過資料。",
  "read.epochsNeedTokens":
    "{epochs} 個 epoch，每個 epoch 多少 token？請一併給出，例如 /flops 7B 1T 訓練 {epochs} 個 epoch 用 64 張 H100，或給總共看過的 token 數 (tokens=)。",
  "read.servingEngine":
    "「{word}」解讀為推論部署：估算的是任何推論引擎的上限 (每一步從記憶體讀取權重與 KV cache，每張卡可用 90% 記憶體，同 vLLM 預設)，不依某個引擎的實作；調校得好的引擎會接近它，但不會超過。",
  "read.askedServe": "解讀為部署推論的問題 (每秒 token 數)：由 /flops {command} 回答。",
  "read.gpuLetterO": "我不認得「{word}」這張 GPU：是不是 {gpu} (數字 0，不是字母 O)？",
  "hf.configNeeds": "config 缺少 {field}，{type} 的 config.json 需要它：請貼上完整的檔案。",
  "hf.configNotNumber": "config 的欄位 {field} 必須是數字，不能是 {value}。",
  "hf.configAboveMax": "config 的欄位 {field} 是 {value}，超過我能計算的 {max}。",
  "hf.configBadValue": "config 的欄位 {field} 的值無法使用：{value}。",
  "plausible.budgetTokensFew":
    "{flops} FLOP 的預算給 {params} 參數只有 {tokens} 個 token，每個參數不到千分之一個 token：請檢查預算（訓練預算通常在 1e18 FLOP 以上；GPT-3 是 3.14e23）。",
  "plausible.derivedParamsHuge":
    "這個預算對應的算力最佳模型有 {value} 個參數，超過 100T，遠超任何已公布的模型：請檢查預算。",
  "read.twoPrecisions":
    "問了兩種精度 ({first} 和 {second})：一次回答只算一種精度。請分開問：/flops {one} 與 /flops {other}，再比較時間。",
  // How many GPUs, asked beside a compute question
  "read.alsoAskedCountAssumed":
    "你問了需要幾張 {what}：沒有給張數，上面的時間是以假設的張數計算；要在期限內完成需要幾張：/flops {deadline}；放得下訓練需要幾張卡：/flops {example}。",
  "read.alsoAskedCount":
    "你問了需要幾張 {what}：這裡回答的是訓練算力，與張數無關；訓練需要幾張卡請用 /flops {example}。",
  // Reading sweep: one GPU, GPUs compared, a leading run, two-part questions
  "read.twoGpuCounts":
    "問了兩種 GPU 數量（{first} 與 {second}）：一個回答只對應一種數量。請分開各問一次；同樣張數的不同 GPU 可以並列比較（gpu=H100,A100）。",
  // Sweep 12
  "read.gpuTimeAsked":
    "將「{typed}」解讀為在問 GPU 時間：指定 GPU 後，答案會以 GPU 小時列出（÷ 24 即為 GPU 天數）。",
  "read.emoji": "略過「{word}」：表情符號不帶任何數值。",
  "read.dollarBudget":
    "將 {value} 解讀為美元預算（沒有哪種 GPU 每小時要這個價）；每 GPU 小時的價格請寫成 $2/h 這種形式。",
  "read.helpAsked": "將「{words}」解讀為詢問我能做什麼：以下是所有指令，例如 /flops 175B 300B。",
  "read.runsAsked":
    "將「{words}」解讀為詢問我知道哪些公開訓練：全部列在下方；/flops model <名稱> 會顯示其中一個。",
  "read.struck": "略過「{words}」：加了刪除線的文字視為已收回，不予解讀。",
  "read.link": "略過「{word}」：連結或提及不帶任何數值；請直接輸入數字（例如 405B 15.6T）。",
  "preset.otherSize":
    "我沒有「{typed}」的公開數字：這個名字我知道的是 {run}（{params} 參數）。其他大小的模型請直接給數字（參數量、token 數），如下面的例子。",
  // Sweep 15
  "read.memoryAsGpu":
    "將「{typed}」解讀為這個記憶體大小的 GPU，即 {gpu}：放不放得下只取決於記憶體。請用 gpu= 指定你的 GPU。",
  "read.memoryNoGpu": "我知道的 GPU 沒有 {typed} 記憶體的（{sizes}）：請用 gpu= 指定 GPU，寫法如下面的範例。",
  "read.slashedValues": "「{value}」的數值用斜線連在一起，會被讀成除法：請用空格分開，寫法如下面的範例。",
  "read.negative": "「{value}」小於零：數量、價格、比例或時間都不會是負的。",
  // The join of a list within a message (localize.ts: the sizes of read.severalSizes).
  "list.join": "、",
  "read.severalSizes":
    "{sizes} 是好幾個模型大小：一次回答只算一個模型。請一行問一個（如下），或用 /flops compare gpt-3 chinchilla 比較公開的訓練。",
  "read.sizesBeforeTokens":
    "{sizes} 是 token 數之前的兩個模型大小：一次回答只算一個模型。若是混合專家 (MoE) 模型，請用 active= 給出啟用的參數量（如下）；若是兩個模型，請一行問一個。",
  "read.gpuCountWhole": "「{value}」張 GPU：GPU 的數量必須是整數。",
  "read.slashedSizes":
    "「{value}」是好幾個模型大小：一次回答只算一個模型。請一行問一個（如下），或用 /flops compare gpt-3 chinchilla 比較公開的訓練。",
  "read.sizesAsParamsAndTokens":
    "將「{typed}」解讀為參數量，再來是訓練 token 數 (N, D)。若是兩個模型大小，請一行問一個。",
  "read.bareCountAsGpus": "將參數量與 token 數之後的 {value} 解讀為 GPU 張數 (gpus={value})。",
  "read.sizeAsKv": "將「{typed}」解讀為 KV cache 的記憶體：即每張 GPU 的 KV cache 與 KV cache 兩列。",
  "read.sizeAsWeights":
    "將「{typed}」解讀為權重的記憶體：N × 每個參數的 bytes，即每張 GPU 的權重乘以所需卡數。",
  // Sweep 12b
  "read.maxBatchAsked":
    "「{typed}」沒有數字：解讀為放得下的最大 batch，見「每個 replica 在這個 context 下最大的 batch」一列。",
  "read.costPerMillionAsked":
    "「每百萬 token」讀作每百萬個 token 的成本，給了每 GPU 小時的價格 (price=$2.5/h) 就是服務答案裡的一列。",
  "read.costPerMillionAskedPriced":
    "「每百萬 token」讀作給定價格下每百萬個 token 的成本：見每 1M 個 token 的成本那幾列。",
  "read.latencyAsked":
    "將「{typed}」解讀為推論延遲：每生成一個 token 的時間見「每個 token 的 decode 時間 (一步)」一列；加上 prompt= 與 generate= (prompt=1k generate=256)，「每個請求的時間」一列再加上 prefill (不含排隊與網路時間)。",
  "read.ttftAsked":
    "將「{typed}」解讀為首字延遲 (TTFT)：一個 prompt 的 prefill 時間，見「每個 prompt 的 prefill 時間」一列 (不含排隊與網路時間)。",
  "read.usersAsBatch":
    "將「{typed}」解讀為同時進行 {batch} 段對話 (batch={batch})；使用者若不是同一時間都在生成，請改給請求速率 (rate=5/s)。",
  "cards.availableFp8":
    "改用 fp8 權重 (precision=fp8，{gpu} 的 Tensor Core 原生支援) 需要 {needed} 張，{available} 張 {gpu} 放得下。",
  // The planning sweep
  "read.deadlineDate":
    "「{value}」是日期，要從今天算才是時間長度，而我不知道今天的日期：請寫剩下的時間長度，例如 3 個月內、6 週內或 days=90，如下面的範例。",
  "read.deadlineDateBesideLength":
    "「{value}」讀作你給的時間長度到期的日子：計畫用那段時間長度，不用日期 (日期要從今天算，而我不知道今天的日期)。",
  "read.tokensPerParamRatio":
    "「每個參數 {ratio} 個 token」讀作 token 數：{ratio} × {params} = {tokens} 個 token。",
  "read.gpuAssumedEnergy":
    "沒有指定 GPU：耗電量與碳排放要看 GPU 的板卡功耗與速度，這裡假設用 {gpu}。請用 gpu= 指定你的 GPU。",
  "read.fractionAsMfu":
    "「{typed}」解讀為 MFU {percent}%，也就是稠密峰值的比例；寫成 at {percent}% MFU 更明確。",
  "plausible.budgetTinySized":
    "{value} FLOP 的算力預算不是任何訓練的規模 (10¹⁸ FLOP 以上；GPT-3：3.14 × 10²³)，而參數量與 token 數都已給，預算兩者都不會決定。是不是要給另一個選項 (上下文長度是 ctx=)？",
  "plausible.budgetTinyFlop":
    "{value} FLOP 的預算只能訓練 {params} 個參數的模型 (N* = √(C/120))：訓練預算通常在 10¹⁸ FLOP 以上 (GPT-3：3.14 × 10²³)。",
  "plausible.budgetTiny":
    "{value} FLOP 的預算只能訓練 {params} 個參數的模型 (N* = √(C/120))：訓練預算通常在 10¹⁸ FLOP 以上 (GPT-3：3.14 × 10²³)。若預算是美元，請加上 $ 符號 ({dollars})，並給 gpu= 與 price=，如下面的範例。",
};

/**
 * Placeholders that hold a count (parameters, tokens) and, in Chinese, also show how people say
 * it: `{params}` = "175B" reads "175B (1,750 億)". Only in titles and notes, never in command
 * examples (`/flops {params} ...` must stay something one can type).
 */
export const ZH_TW_READINGS: Partial<Record<MessageKey, readonly string[]>> = {
  "title.compute": ["params", "tokens"],
  "title.mfu": ["params"],
  "title.chinchillaParams": ["params"],
  "title.cardsInfer": ["params"],
  "title.cardsTrain": ["params"],
  "title.cardsFull": ["params"],
  "title.cardsLora": ["params"],
  "title.cardsQlora": ["params"],
  "title.serve": ["params"],
  "note.tokensDefaultChinchilla": ["tokens"],
  "note.tokensDefaultChinchillaRun": ["tokens"],
  "note.activeParams": ["active", "total"],
};
